#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dtdb::history {

// AES-GCM as DeltaTraceStudio writes encrypted .dtdb files (spec §10.2): file = nonce(12) ||
// ciphertext || tag(16), no AAD, AES-128/192/256 chosen by the key length.
namespace aesgcm {

enum class Error
{
    None,
    BadKey,   // not 32/48/64 hex characters (after dropping a trailing odd character)
    TooShort, // fewer than 28 bytes: "Data too short: not in nonce + ciphertext+tag format."
    WrongKeyOrDamaged, // authentication failed
};

// Human-readable text for an error, naming no file (callers add the file name).
std::string errorText(Error e);

// Parses a hex key as Studio does: consecutive hex pairs, case-insensitive, a trailing odd
// character ignored; only 16, 24 or 32 resulting bytes are accepted.
std::optional<std::vector<std::uint8_t>> parseHexKey(std::string_view hex);

// Decrypts a whole file. On success returns the plaintext and sets *error to None.
std::optional<std::string> decrypt(std::span<const std::uint8_t> file, std::string_view hexKey,
                                   Error *error);

// Encrypts plaintext with the given 12-byte nonce (tests) or a random one (nonce empty).
std::optional<std::vector<std::uint8_t>> encrypt(std::string_view plaintext,
                                                 std::string_view hexKey,
                                                 std::span<const std::uint8_t> nonce = {},
                                                 Error *error = nullptr);

// True when `file` looks like plain JSON (first non-whitespace byte '{'). Callers still fall
// back to decryption when a JSON parse fails, since a random nonce may start with '{'.
bool looksLikeJson(std::span<const std::uint8_t> file);

} // namespace aesgcm
} // namespace dtdb::history
