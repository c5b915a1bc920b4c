import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The bytes glibc's malloc has handed out and not had back, from `malloc_info`'s totals (the
/// arenas' size less their free chunks, plus mmapped blocks): unlike the resident set, memory
/// freed and kept by malloc does not count, nor do code pages. Nil where there is no glibc.
enum MallocInfo {
    static func inUse() -> Int {
        #if canImport(Glibc)
            typealias Info = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_info") else { return 0 }
            var buffer: UnsafeMutablePointer<CChar>?
            var length = 0
            guard let stream = open_memstream(&buffer, &length) else { return 0 }
            _ = unsafeBitCast(symbol, to: Info.self)(0, stream)
            fclose(stream)
            defer { free(buffer) }
            guard let buffer else { return 0 }
            let xml = String(cString: buffer)
            // The totals of every arena follow the last </heap>.
            let totals = xml.components(separatedBy: "</heap>").last ?? ""
            func size(_ tag: String, _ type: String) -> Int {
                guard let line = totals.split(separator: "\n").first(where: { $0.contains("<\(tag) type=\"\(type)\"") }),
                    let range = line.range(of: "size=\"")
                else { return 0 }
                return Int(line[range.upperBound...].prefix { $0.isNumber }) ?? 0
            }
            return size("system", "current") + size("total", "mmap") - size("total", "fast") - size("total", "rest")
        #else
            return 0
        #endif
    }
}
