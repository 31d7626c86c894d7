#include "presentmemory_p.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace dtdb::detail {

void makePresent([[maybe_unused]] const void *begin, [[maybe_unused]] std::size_t bytes)
{
#ifdef MADV_POPULATE_WRITE
    static const std::uintptr_t page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t from = (std::uintptr_t(begin) + page - 1) & ~(page - 1);
    const std::uintptr_t to = (std::uintptr_t(begin) + bytes) & ~(page - 1);
    if (to > from) madvise(reinterpret_cast<void *>(from), to - from, MADV_POPULATE_WRITE);
#endif
}

} // namespace dtdb::detail
