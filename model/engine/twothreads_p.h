#pragma once

// Private to the engine: the one way its large scans, conversions and writes use both cores.

#include <exception>
#include <thread>

namespace dtdb::detail {

// Runs `there` on a second thread while `here` runs on this one, and returns once both have
// ended. An exception from either is rethrown here (this thread's first); the other half has
// ended by then, so whatever both share may be released.
template <typename Here, typename There>
void runOnTwoThreads(Here &&here, There &&there)
{
    std::exception_ptr thereError;
    std::thread helper([&] {
        try {
            there();
        } catch (...) {
            thereError = std::current_exception();
        }
    });
    try {
        here();
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (thereError) std::rethrow_exception(thereError);
}

} // namespace dtdb::detail
