#include "large_allocations.h"

#include <stdlib.h>  // defines __GLIBC__ on glibc
#ifdef __GLIBC__
#include <malloc.h>
#endif

void lenstail_return_large_allocations(void) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}
