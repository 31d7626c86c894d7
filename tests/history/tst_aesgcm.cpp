#include "aesgcm.h"

#include <QTest>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aesgcm = dtdb::history::aesgcm;
using aesgcm::Error;

namespace {

// Spec §10.2 test vectors.
const QByteArray kPlaintext = QByteArrayLiteral("{\n"
                                                "  \"className\": \"DeltaTraceDatabase\",\n"
                                                "  \"version\": \"16\",\n"
                                                "  \"collections\": {}\n"
                                                "}");
const QByteArray kNonceHex = QByteArrayLiteral("000102030405060708090a0b");
const QByteArray kKey256 =
    QByteArrayLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QByteArray kFile256 = QByteArrayLiteral(
    "000102030405060708090a0bfa0eba3d24844e69e9b887721ada80fa68ee50dbb7844b49dabbe4a819b20d6021"
    "aafa035494e5bd3b63b0d92f6f3e896c64148a4f65949fc7343f00684c25b858a951fa47801f21ba404c68eda6"
    "43339b097176973d131637393b03a87c1d");
const QByteArray kKey128 = QByteArrayLiteral("000102030405060708090a0b0c0d0e0f");
const QByteArray kFile128 = QByteArrayLiteral(
    "000102030405060708090a0be86687ee44789b3538a12feb5bc6523293045e833f999ca2944092485025d60de7"
    "c5a892d6acbdc360d67f82b2fabefda2bd2ed026b60059024452f2882f7988f66b963a3623a46d010a51240130"
    "75cec4525fd567dc8cd379c20831e4958f");
const QByteArray kKey192 = QByteArrayLiteral("00112233445566778899aabbccddeeff0011223344556677");

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

std::span<const std::uint8_t> bytes(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()),
            static_cast<std::size_t>(data.size())};
}

QByteArray toQByteArray(const std::vector<std::uint8_t> &data)
{
    return QByteArray(reinterpret_cast<const char *>(data.data()),
                      static_cast<qsizetype>(data.size()));
}

QByteArray toQByteArray(const std::string &data)
{
    return QByteArray(data.data(), static_cast<qsizetype>(data.size()));
}

// Decrypts and checks that a failure produced no plaintext and the expected error.
void expectDecryptFailure(const QByteArray &file, const QByteArray &key, Error expected)
{
    Error error = Error::None;
    const std::optional<std::string> plain = aesgcm::decrypt(bytes(file), view(key), &error);
    QVERIFY(!plain);
    QCOMPARE(error, expected);
}

} // namespace

namespace dtdb::history::aesgcm {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(Error e)
{
    return QTest::toString(QByteArray::fromStdString(errorText(e)));
}
} // namespace dtdb::history::aesgcm

class TestAesGcm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specVectors_data();
    void decryptSpecVectors_data() { specVectors_data(); }
    void decryptSpecVectors();
    void encryptSpecVectors_data() { specVectors_data(); }
    void encryptSpecVectors();
    void parseHexKey_data();
    void parseHexKey();
    void wrongKey_data();
    void wrongKey();
    void bitFlips_data();
    void bitFlips();
    void truncations_data();
    void truncations();
    void appendedBytes();
    void badKeys_data();
    void badKeys();
    void badKeyCheckedBeforeLength();
    void encryptBadNonce_data();
    void encryptBadNonce();
    void roundTrip_data();
    void roundTrip();
    void randomNonceDiffers();
    void nullErrorPointer();
    void looksLikeJson_data();
    void looksLikeJson();
    void errorTexts();
};

void TestAesGcm::specVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("fileHex");

    QTest::newRow("AES-256") << kKey256 << kFile256;
    QTest::newRow("AES-128") << kKey128 << kFile128;
    QTest::newRow("AES-256, upper-case key") << kKey256.toUpper() << kFile256;
    QTest::newRow("AES-128, upper-case key") << kKey128.toUpper() << kFile128;
    QTest::newRow("AES-256, mixed-case key")
        << QByteArrayLiteral("0123456789ABCDEF0123456789abcdef0123456789AbCdEf0123456789aBcDeF")
        << kFile256;
    QTest::newRow("AES-256, trailing odd hex character ignored") << kKey256 + 'f' << kFile256;
    QTest::newRow("AES-128, trailing odd hex character ignored") << kKey128 + '7' << kFile128;
    QTest::newRow("AES-128, trailing odd non-hex character ignored") << kKey128 + 'z' << kFile128;
}

void TestAesGcm::decryptSpecVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, fileHex);

    const QByteArray file = QByteArray::fromHex(fileHex);
    QCOMPARE(file.size(), 107);
    Error error = Error::WrongKeyOrDamaged;
    const std::optional<std::string> plain = aesgcm::decrypt(bytes(file), view(key), &error);
    QVERIFY(plain);
    QCOMPARE(error, Error::None);
    QCOMPARE(toQByteArray(*plain), kPlaintext);
    QCOMPARE(plain->size(), std::size_t{79});
}

void TestAesGcm::encryptSpecVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, fileHex);

    const QByteArray nonce = QByteArray::fromHex(kNonceHex);
    Error error = Error::BadKey;
    const auto file = aesgcm::encrypt(view(kPlaintext), view(key), bytes(nonce), &error);
    QVERIFY(file);
    QCOMPARE(error, Error::None);
    QCOMPARE(toQByteArray(*file).toHex(), fileHex);
}

void TestAesGcm::parseHexKey_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QByteArray>("expected"); // empty: rejected

    QTest::newRow("AES-128") << kKey128 << QByteArray::fromHex(kKey128);
    QTest::newRow("AES-192") << kKey192 << QByteArray::fromHex(kKey192);
    QTest::newRow("AES-256") << kKey256 << QByteArray::fromHex(kKey256);
    QTest::newRow("upper case") << QByteArrayLiteral("FFEEDDCCBBAA99887766554433221100")
                                << QByteArray::fromHex("ffeeddccbbaa99887766554433221100");
    QTest::newRow("trailing odd character") << kKey128 + 'A' << QByteArray::fromHex(kKey128);
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("30 characters") << kKey128.left(30) << QByteArray();
    QTest::newRow("non-hex character")
        << QByteArrayLiteral("000102030405060708090a0b0c0d0e0g") << QByteArray();
}

void TestAesGcm::parseHexKey()
{
    QFETCH(QByteArray, hex);
    QFETCH(QByteArray, expected);

    const auto key = aesgcm::parseHexKey(view(hex));
    if (expected.isEmpty()) {
        QVERIFY(!key);
        return;
    }
    QVERIFY(key);
    QCOMPARE(toQByteArray(*key), expected);
}

void TestAesGcm::wrongKey_data()
{
    QTest::addColumn<QByteArray>("fileHex");
    QTest::addColumn<QByteArray>("key");

    QByteArray lastBit256 = kKey256;
    lastBit256.back() = 'e';
    QByteArray firstBit128 = kKey128;
    firstBit128.front() = '8';

    QTest::newRow("AES-256 file, other AES-256 key") << kFile256 << QByteArray(64, 'a');
    QTest::newRow("AES-256 file, key with last bit flipped") << kFile256 << lastBit256;
    QTest::newRow("AES-256 file, AES-128 key") << kFile256 << kKey128;
    QTest::newRow("AES-256 file, AES-192 key") << kFile256 << kKey192;
    QTest::newRow("AES-256 file, first half of its key") << kFile256 << kKey256.left(32);
    QTest::newRow("AES-128 file, other AES-128 key") << kFile128 << QByteArray(32, '0');
    QTest::newRow("AES-128 file, key with first bit flipped") << kFile128 << firstBit128;
    QTest::newRow("AES-128 file, AES-256 key") << kFile128 << kKey256;
    QTest::newRow("AES-128 file, key repeated to 256 bits") << kFile128 << kKey128 + kKey128;
}

void TestAesGcm::wrongKey()
{
    QFETCH(QByteArray, fileHex);
    QFETCH(QByteArray, key);

    expectDecryptFailure(QByteArray::fromHex(fileHex), key, Error::WrongKeyOrDamaged);
}

void TestAesGcm::bitFlips_data()
{
    QTest::addColumn<int>("byteIndex");
    QTest::addColumn<int>("bit");

    const qsizetype size = QByteArray::fromHex(kFile128).size();
    for (int i = 0; i < size; ++i) {
        for (int bit = 0; bit < 8; ++bit)
            QTest::addRow("byte %d bit %d", i, bit) << i << bit;
    }
}

void TestAesGcm::bitFlips()
{
    QFETCH(int, byteIndex);
    QFETCH(int, bit);

    QByteArray file = QByteArray::fromHex(kFile128);
    file[byteIndex] = static_cast<char>(file[byteIndex] ^ (1 << bit));
    expectDecryptFailure(file, kKey128, Error::WrongKeyOrDamaged);
}

void TestAesGcm::truncations_data()
{
    QTest::addColumn<QByteArray>("fileHex");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("length");

    const struct
    {
        const char *name;
        const QByteArray &fileHex;
        const QByteArray &key;
    } vectors[] = {{"AES-256", kFile256, kKey256}, {"AES-128", kFile128, kKey128}};
    for (const auto &vector : vectors) {
        const qsizetype size = QByteArray::fromHex(vector.fileHex).size();
        for (int length = 0; length < size; ++length)
            QTest::addRow("%s, %d bytes", vector.name, length)
                << vector.fileHex << vector.key << length;
    }
}

void TestAesGcm::truncations()
{
    QFETCH(QByteArray, fileHex);
    QFETCH(QByteArray, key);
    QFETCH(int, length);

    const QByteArray file = QByteArray::fromHex(fileHex);
    // Cut at the end (tag lost) and at the start (nonce lost): both must fail cleanly.
    const Error expected = length < 28 ? Error::TooShort : Error::WrongKeyOrDamaged;
    expectDecryptFailure(file.left(length), key, expected);
    expectDecryptFailure(file.right(length), key, expected);
}

void TestAesGcm::appendedBytes()
{
    const QByteArray file = QByteArray::fromHex(kFile128);
    expectDecryptFailure(file + '\0', kKey128, Error::WrongKeyOrDamaged);
    expectDecryptFailure(file + file, kKey128, Error::WrongKeyOrDamaged);
}

void TestAesGcm::badKeys_data()
{
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("1 character") << QByteArrayLiteral("0");
    QTest::newRow("2 characters") << QByteArrayLiteral("00");
    QTest::newRow("30 characters") << kKey128.left(30);
    QTest::newRow("31 characters") << kKey128.left(31);
    QTest::newRow("34 characters") << kKey128 + "00";
    QTest::newRow("40 characters (160 bits)") << kKey256.left(40);
    QTest::newRow("46 characters") << kKey192.left(46);
    QTest::newRow("50 characters") << kKey192 + "00";
    QTest::newRow("62 characters") << kKey256.left(62);
    QTest::newRow("63 characters") << kKey256.left(63);
    QTest::newRow("66 characters") << kKey256 + "00";
    QTest::newRow("128 characters (512 bits)") << kKey256 + kKey256;
    QTest::newRow("non-hex character") << QByteArrayLiteral("000102030405060708090a0b0c0d0e0x");
    QTest::newRow("space inside") << QByteArrayLiteral("00010203040506070809 a0b0c0d0e0f");
    QTest::newRow("leading space") << QByteArrayLiteral(" 000102030405060708090a0b0c0d0e0");
    QTest::newRow("0x prefix") << QByteArrayLiteral("0x000102030405060708090a0b0c0d0e");
    QTest::newRow("NUL inside") << QByteArray("0001020304050607\0"
                                              "08090a0b0c0d0e0",
                                              32);
}

void TestAesGcm::badKeys()
{
    QFETCH(QByteArray, key);

    QVERIFY(!aesgcm::parseHexKey(view(key)));
    expectDecryptFailure(QByteArray::fromHex(kFile128), key, Error::BadKey);
    expectDecryptFailure(QByteArray::fromHex(kFile256), key, Error::BadKey);

    Error error = Error::None;
    QVERIFY(!aesgcm::encrypt(view(kPlaintext), view(key), {}, &error));
    QCOMPARE(error, Error::BadKey);
}

void TestAesGcm::badKeyCheckedBeforeLength()
{
    expectDecryptFailure(QByteArray(), QByteArrayLiteral("00"), Error::BadKey);
    expectDecryptFailure(QByteArray(10, 'x'), QByteArray(), Error::BadKey);
}

void TestAesGcm::encryptBadNonce_data()
{
    QTest::addColumn<int>("nonceSize");

    QTest::newRow("1 byte") << 1;
    QTest::newRow("11 bytes") << 11;
    QTest::newRow("13 bytes") << 13;
    QTest::newRow("16 bytes") << 16;
}

void TestAesGcm::encryptBadNonce()
{
    QFETCH(int, nonceSize);

    const QByteArray nonce(nonceSize, '\x01');
    Error error = Error::WrongKeyOrDamaged;
    QVERIFY(!aesgcm::encrypt(view(kPlaintext), view(kKey128), bytes(nonce), &error));
    QCOMPARE(error, Error::None);
}

void TestAesGcm::roundTrip_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("plaintext");

    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(static_cast<char>(i));
    QByteArray large;
    for (int i = 0; i < 50000; ++i)
        large.append(QByteArray::number(i)).append(',');

    const struct
    {
        const char *name;
        const QByteArray &key;
    } keys[] = {{"AES-128", kKey128}, {"AES-192", kKey192}, {"AES-256", kKey256}};
    const struct
    {
        const char *name;
        QByteArray text;
    } texts[] = {
        {"empty", QByteArray()},
        {"one byte", QByteArrayLiteral("{")},
        {"15 bytes", QByteArray(15, 'a')},
        {"16 bytes", QByteArray(16, 'a')},
        {"17 bytes", QByteArray(17, 'a')},
        {"spec plaintext", kPlaintext},
        {"UTF-8", QByteArrayLiteral("{\"name\": \"Grüße, 日本語, 🙂\"}")},
        {"all byte values", binary},
        {"large", large},
    };
    for (const auto &key : keys) {
        for (const auto &text : texts)
            QTest::addRow("%s, %s", key.name, text.name) << key.key << text.text;
    }
}

void TestAesGcm::roundTrip()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, plaintext);

    Error error = Error::BadKey;
    const auto file = aesgcm::encrypt(view(plaintext), view(key), {}, &error);
    QVERIFY(file);
    QCOMPARE(error, Error::None);
    QCOMPARE(file->size(), static_cast<std::size_t>(plaintext.size()) + 28);

    error = Error::BadKey;
    const auto plain = aesgcm::decrypt(*file, view(key), &error);
    QVERIFY(plain);
    QCOMPARE(error, Error::None);
    QCOMPARE(toQByteArray(*plain), plaintext);

    // Upper-case spelling of the same key opens it too; a different key does not.
    const auto again = aesgcm::decrypt(*file, view(key.toUpper()), &error);
    QVERIFY(again);
    QCOMPARE(toQByteArray(*again), plaintext);
    QByteArray otherKey = key;
    otherKey[0] = otherKey[0] == 'f' ? 'e' : 'f';
    QVERIFY(!aesgcm::decrypt(*file, view(otherKey), &error));
    QCOMPARE(error, Error::WrongKeyOrDamaged);
}

void TestAesGcm::randomNonceDiffers()
{
    const auto first = aesgcm::encrypt(view(kPlaintext), view(kKey256));
    const auto second = aesgcm::encrypt(view(kPlaintext), view(kKey256));
    QVERIFY(first);
    QVERIFY(second);
    const QByteArray a = toQByteArray(*first);
    const QByteArray b = toQByteArray(*second);
    QVERIFY(a.left(12) != b.left(12));
    QVERIFY(a.mid(12) != b.mid(12));
}

void TestAesGcm::nullErrorPointer()
{
    const QByteArray file = QByteArray::fromHex(kFile128);
    const auto plain = aesgcm::decrypt(bytes(file), view(kKey128), nullptr);
    QVERIFY(plain);
    QCOMPARE(toQByteArray(*plain), kPlaintext);
    QVERIFY(!aesgcm::decrypt(bytes(file), view(kKey256), nullptr));
    QVERIFY(!aesgcm::decrypt(bytes(file.left(5)), view(kKey128), nullptr));
    QVERIFY(!aesgcm::decrypt(bytes(file), "zz", nullptr));
    QVERIFY(!aesgcm::encrypt(view(kPlaintext), "zz"));
}

void TestAesGcm::looksLikeJson_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty object") << QByteArrayLiteral("{}") << true;
    QTest::newRow("spec plaintext") << kPlaintext << true;
    QTest::newRow("leading JSON whitespace") << QByteArrayLiteral(" \t\r\n{\"a\": 1}") << true;
    QTest::newRow("opening brace only") << QByteArrayLiteral("{") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("whitespace only") << QByteArrayLiteral("  \n ") << false;
    QTest::newRow("array") << QByteArrayLiteral("[{}]") << false;
    QTest::newRow("string") << QByteArrayLiteral("\"{\"") << false;
    QTest::newRow("form feed is not JSON whitespace") << QByteArrayLiteral("\f{}") << false;
    QTest::newRow("UTF-8 byte order mark") << QByteArrayLiteral("\xEF\xBB\xBF{}") << false;
    QTest::newRow("AES-256 vector file") << QByteArray::fromHex(kFile256) << false;
    QTest::newRow("AES-128 vector file") << QByteArray::fromHex(kFile128) << false;
    QTest::newRow("encrypted file with a '{' nonce")
        << QByteArrayLiteral("{") + QByteArray::fromHex(kFile128).mid(1) << true;
}

void TestAesGcm::looksLikeJson()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, expected);

    QCOMPARE(aesgcm::looksLikeJson(bytes(data)), expected);
}

void TestAesGcm::errorTexts()
{
    QCOMPARE(QByteArray::fromStdString(aesgcm::errorText(Error::TooShort)),
             QByteArrayLiteral("Data too short: not in nonce + ciphertext+tag format."));
    QCOMPARE(QByteArray::fromStdString(aesgcm::errorText(Error::WrongKeyOrDamaged)),
             QByteArrayLiteral("wrong key or damaged file"));
    QVERIFY(!aesgcm::errorText(Error::BadKey).empty());
    QVERIFY(!aesgcm::errorText(Error::None).empty());
}

QTEST_APPLESS_MAIN(TestAesGcm)
#include "tst_aesgcm.moc"
