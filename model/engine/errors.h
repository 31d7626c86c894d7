#pragma once

#include <stdexcept>
#include <string>

namespace dtdb {

// The reference turns Python exceptions raised while executing a query into result messages:
// ValueError becomes "execute_query ArgumentError", anything else "execute_query Unexpected
// Error". These two types carry that distinction through our engine.
class PyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Python ValueError (in practice: the deep-copy nesting limit).
class PyValueError : public PyError
{
public:
    using PyError::PyError;
};

// Python TypeError and every other non-ValueError exception.
class PyTypeError : public PyError
{
public:
    using PyError::PyError;
};

// A query (or snapshot) that cannot be loaded at all: the reference raises from from_dict and
// executes nothing.
class LoadError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace dtdb
