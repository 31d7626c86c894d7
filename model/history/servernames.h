#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace dtdb::history {

// A file name of the reference server layout (spec §10.3):
// ^(backup|q|log)_(\d{8})T(\d{6})(\d{6})_([0-9a-f]{8})\.(dtdb|q|log)$
struct ServerFileName
{
    enum class Kind
    {
        Backup,
        Query,
        Log
    };
    Kind kind = Kind::Query;
    std::int64_t utcMicros = 0; // microseconds since 1970-01-01T00:00:00Z
    QString id;                 // the 8 hex digits
};

std::optional<ServerFileName> parseServerFileName(const QString &fileName);

// Microseconds since the Unix epoch of a proleptic Gregorian UTC date-time.
std::int64_t unixMicros(int year, int month, int day, int hour, int minute, int second,
                        int microsecond);

// "2025-01-09T00:33:08.883550+00:00" for a time in microseconds since the epoch.
QString isoUtc(std::int64_t utcMicros);

// The <TS> part of a server file name: "20250102T030405006789".
QString serverTimestamp(std::int64_t utcMicros);

} // namespace dtdb::history
