#pragma once

// Private to the engine: making new memory present before it is written.

#include <cstddef>

namespace dtdb::detail {

// Makes the whole pages within [begin, begin + bytes) present, in one call. Memory a process
// has not touched yet takes a page fault per 4 KB page at its first write, which on virtual
// machines costs more than writing the page (~2 µs here); one call for many pages costs a
// third less, and can be made by another thread ahead of the writer. Only a hint: it changes no
// byte, so it may race with writers of the same memory, and errors (a kernel without
// MADV_POPULATE_WRITE) are ignored.
void makePresent(const void *begin, std::size_t bytes);

} // namespace dtdb::detail
