#pragma once

// Private to the engine: the one way its large scans, conversions and writes use both cores.

#include <exception>
#include <functional>

namespace dtdb::detail {

// Runs `there` on another thread while this one runs `here`; returns once both have ended.
// The other thread is a long-lived helper when it is free (a new thread otherwise, for calls
// made at the same time or from within `there`): a thread started for each call would cost
// its start, and a fresh stack and allocator cache whose first touches cost more than the
// start on virtual machines. Neither side may throw: callers use runOnTwoThreads.
void runElsewhere(const std::function<void()> &here, const std::function<void()> &there);

// runElsewhere, with an exception from either side rethrown here (this side's first); the
// other side has ended by then, so whatever both share may be released.
template <typename Here, typename There>
void runOnTwoThreads(Here &&here, There &&there)
{
    std::exception_ptr hereError, thereError;
    runElsewhere(
        [&] {
            try {
                here();
            } catch (...) {
                hereError = std::current_exception();
            }
        },
        [&] {
            try {
                there();
            } catch (...) {
                thereError = std::current_exception();
            }
        });
    if (hereError) std::rethrow_exception(hereError);
    if (thereError) std::rethrow_exception(thereError);
}

} // namespace dtdb::detail
