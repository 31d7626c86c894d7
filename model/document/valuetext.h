#pragma once

#include "value.h"

#include <QString>

namespace dtdb::document {

// A value as compact JSON text for a table cell: cut after `limit` characters with an
// ellipsis, so that a huge value never reaches a cell or tooltip whole.
QString compactText(const Value &value, qsizetype limit = 300);

// A value written for people: a string as itself, null as an empty string, anything else as
// compact JSON (cut like compactText).
QString displayText(const Value &value, qsizetype limit = 300);

// The kind of a JSON value as users of the database know it: object, array, string, integer,
// float, boolean, null.
QString jsonTypeName(const Value &value);

} // namespace dtdb::document
