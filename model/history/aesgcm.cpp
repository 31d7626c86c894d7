#include "aesgcm.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>

namespace dtdb::history::aesgcm {

namespace {

constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kMinFileSize = kNonceSize + kTagSize;
constexpr std::size_t kMaxKeySize = 32;
// EVP_*Update take an int length: feed large inputs in pieces well below INT_MAX.
constexpr std::size_t kChunkSize = std::size_t{1} << 30;

// A parsed key on the stack, wiped when it goes out of scope.
class KeyBytes
{
public:
    KeyBytes() = default;
    KeyBytes(const KeyBytes &) = delete;
    KeyBytes &operator=(const KeyBytes &) = delete;
    ~KeyBytes() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }

    std::uint8_t *data() { return m_bytes.data(); }
    const std::uint8_t *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_size; }
    void setSize(std::size_t size) { m_size = size; }

private:
    std::array<std::uint8_t, kMaxKeySize> m_bytes{};
    std::size_t m_size = 0;
};

// Frees the context; EVP_CIPHER_CTX_free also cleanses the expanded key schedule.
struct CtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Studio's rule: consecutive hex pairs, a trailing odd character ignored, 16/24/32 bytes.
bool parseKeyInto(std::string_view hex, KeyBytes &key)
{
    const std::size_t size = hex.size() / 2;
    if (size != 16 && size != 24 && size != 32) return false;
    for (std::size_t i = 0; i < size; ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0) return false;
        key.data()[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    key.setSize(size);
    return true;
}

const EVP_CIPHER *cipherFor(std::size_t keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_gcm();
    case 24:
        return EVP_aes_192_gcm();
    case 32:
        return EVP_aes_256_gcm();
    default:
        return nullptr;
    }
}

void setError(Error *error, Error value)
{
    if (error) *error = value;
}

// Runs EVP_{En,De}cryptUpdate over `size` bytes in int-sized pieces. GCM is a stream mode, so
// each piece writes exactly as many bytes as it reads.
template <typename Update>
bool updateChunked(EVP_CIPHER_CTX *ctx, Update update, const std::uint8_t *in, std::uint8_t *out,
                   std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const std::size_t piece = std::min(size - done, kChunkSize);
        int written = 0;
        if (update(ctx, out + done, &written, in + done, static_cast<int>(piece)) != 1 ||
            static_cast<std::size_t>(written) != piece)
            return false;
        done += piece;
    }
    return true;
}

} // namespace

std::string errorText(Error e)
{
    switch (e) {
    case Error::None:
        return "no error";
    case Error::BadKey:
        return "invalid key: expected 32, 48 or 64 hexadecimal characters";
    case Error::TooShort:
        return "Data too short: not in nonce + ciphertext+tag format.";
    case Error::WrongKeyOrDamaged:
        return "wrong key or damaged file";
    }
    return "unknown error";
}

std::optional<std::vector<std::uint8_t>> parseHexKey(std::string_view hex)
{
    KeyBytes key;
    if (!parseKeyInto(hex, key)) return std::nullopt;
    return std::vector<std::uint8_t>(key.data(), key.data() + key.size());
}

std::optional<std::string> decrypt(std::span<const std::uint8_t> file, std::string_view hexKey,
                                   Error *error)
{
    // The key is checked first: Studio validates the key before it looks at the data.
    KeyBytes key;
    if (!parseKeyInto(hexKey, key)) {
        setError(error, Error::BadKey);
        return std::nullopt;
    }
    if (file.size() < kMinFileSize) {
        setError(error, Error::TooShort);
        return std::nullopt;
    }

    const std::uint8_t *nonce = file.data();
    const std::uint8_t *ciphertext = file.data() + kNonceSize;
    const std::size_t ciphertextSize = file.size() - kMinFileSize;
    std::array<std::uint8_t, kTagSize> tag{};
    std::copy_n(file.data() + kNonceSize + ciphertextSize, kTagSize, tag.begin());

    std::string plaintext(ciphertextSize, '\0');
    auto *out = reinterpret_cast<std::uint8_t *>(plaintext.data());

    // Any OpenSSL failure, including a failed tag check, means we cannot vouch for the output:
    // it is wiped and never returned.
    const auto fail = [&]() -> std::optional<std::string> {
        OPENSSL_cleanse(plaintext.data(), plaintext.size());
        setError(error, Error::WrongKeyOrDamaged);
        return std::nullopt;
    };

    CtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) return fail();
    if (EVP_DecryptInit_ex(ctx.get(), cipherFor(key.size()), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize),
                            nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) != 1)
        return fail();
    if (!updateChunked(ctx.get(), EVP_DecryptUpdate, ciphertext, out, ciphertextSize))
        return fail();
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize),
                            tag.data()) != 1)
        return fail();
    std::uint8_t finalBlock[16];
    int finalSize = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), finalBlock, &finalSize) != 1 || finalSize != 0)
        return fail();

    setError(error, Error::None);
    return plaintext;
}

std::optional<std::vector<std::uint8_t>> encrypt(std::string_view plaintext,
                                                 std::string_view hexKey,
                                                 std::span<const std::uint8_t> nonce, Error *error)
{
    KeyBytes key;
    if (!parseKeyInto(hexKey, key)) {
        setError(error, Error::BadKey);
        return std::nullopt;
    }
    // The remaining failures (a given nonce that is not 12 bytes, RAND_bytes or another OpenSSL
    // call failing) are not caused by the key or the data, so no Error value describes them:
    // they return nullopt with *error = None.
    setError(error, Error::None);
    if (!nonce.empty() && nonce.size() != kNonceSize) return std::nullopt;

    std::vector<std::uint8_t> file(kMinFileSize + plaintext.size());
    if (nonce.empty()) {
        if (RAND_bytes(file.data(), static_cast<int>(kNonceSize)) != 1) return std::nullopt;
    } else {
        std::copy(nonce.begin(), nonce.end(), file.begin());
    }
    std::uint8_t *out = file.data() + kNonceSize;
    const auto *in = reinterpret_cast<const std::uint8_t *>(plaintext.data());

    CtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) return std::nullopt;
    if (EVP_EncryptInit_ex(ctx.get(), cipherFor(key.size()), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize),
                            nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), file.data()) != 1)
        return std::nullopt;
    if (!updateChunked(ctx.get(), EVP_EncryptUpdate, in, out, plaintext.size()))
        return std::nullopt;
    std::uint8_t finalBlock[16];
    int finalSize = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), finalBlock, &finalSize) != 1 || finalSize != 0)
        return std::nullopt;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                            out + plaintext.size()) != 1)
        return std::nullopt;
    return file;
}

bool looksLikeJson(std::span<const std::uint8_t> file)
{
    for (const std::uint8_t byte : file) {
        if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') continue;
        return byte == '{';
    }
    return false;
}

} // namespace dtdb::history::aesgcm
