#ifndef LENSTAIL_LARGE_ALLOCATIONS_H
#define LENSTAIL_LARGE_ALLOCATIONS_H

/// Freed large blocks go back to the system. glibc raises its mmap threshold to the size of the
/// largest block freed (up to 32 MiB), so after one big answer later blocks that size come from a
/// thread's malloc arena, which keeps them when freed: in the hour-long soak (#23) one 10 MB page
/// left 20 MB resident for good, and up to that again per arena (39 → 79 MB in 3 minutes of such
/// pages). A fixed threshold of 1 MiB keeps it at 40 MB. musl (the static build) already returns
/// such blocks; there this does nothing.
void lenstail_return_large_allocations(void);

#endif
