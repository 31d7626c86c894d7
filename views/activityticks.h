#pragma once

#include "activity.h"

#include <QString>

#include <vector>

namespace dtdb::views {

struct AxisTick
{
    std::int64_t x = 0;
    QString label;
};

// Labelled ticks for the x range [from, to] of an activity chart, at most `maxTicks`, on nice
// boundaries (midnights, whole hours, round entry numbers). Each label carries just what tells
// it apart from its neighbours, and no two labels are equal.
std::vector<AxisTick> activityTicks(document::ActivityAxis axis, std::int64_t from, std::int64_t to,
                                    int maxTicks);

} // namespace dtdb::views
