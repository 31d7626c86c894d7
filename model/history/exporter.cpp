#include "exporter.h"

#include "aesgcm.h"
#include "jsonio.h"
#include "sourcetext.h"

#include <algorithm>
#include <span>

namespace dtdb::history {

namespace {

void appendCsvField(std::string &out, const std::string &field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

std::optional<std::string> exportSnapshot(const Database &db, const std::string &hexKey)
{
    std::string text;
    db.write(text, json::Style::Indent2);
    if (hexKey.empty()) return text;
    const auto encrypted = aesgcm::encrypt(text, hexKey);
    if (!encrypted) return std::nullopt;
    return std::string(reinterpret_cast<const char *>(encrypted->data()), encrypted->size());
}

std::string exportCollectionJson(const Collection &c)
{
    std::string out;
    if (c.items().empty()) return "[]";
    out += '[';
    bool first = true;
    c.items().forEach([&](const StoredItem &s) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        s.item->write(out, json::Style::Indent2, 1);
        return true;
    });
    out += "\n]";
    return out;
}

std::string exportCollectionCsv(const Collection &c)
{
    std::vector<std::string> columns;
    c.items().forEach([&](const StoredItem &s) {
        if (s.item->isObject())
            s.item->root().forEachMember([&](std::string_view key, PackedValue) {
                if (std::find(columns.begin(), columns.end(), key) == columns.end())
                    columns.emplace_back(key);
            });
        return true;
    });
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) out += ',';
        appendCsvField(out, columns[i]);
    }
    out += "\r\n";
    c.items().forEach([&](const StoredItem &s) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0) out += ',';
            const std::optional<PackedValue> field = s.item->member(columns[i]);
            if (!field) continue;
            appendCsvField(out, field->isString() ? std::string(field->asString())
                                                  : json::write(field->toValue()));
        }
        out += "\r\n";
        return true;
    });
    return out;
}

std::string exportLogSlice(const History &h, std::size_t from, std::size_t to)
{
    std::string out;
    to = std::min(to, h.entries.size());
    constexpr std::size_t Batch = 1024; // entries read from their files at once
    EntryTexts texts;
    for (std::size_t i = from; i < to; ++i) {
        if ((i - from) % Batch == 0) texts.load(h, i, std::min(to, i + Batch));
        // An entry that can no longer be read is left out: there is nothing to copy.
        const auto read = texts.text(i);
        if (!read) continue;
        const std::string_view text = *read;
        // Multi-line entries (.q files) are written compactly; log lines are kept verbatim.
        if (text.find('\n') != std::string_view::npos) {
            if (const auto v = json::parse(text)) {
                json::write(out, *v);
                out += '\n';
                continue;
            }
        }
        out.append(text);
        out += '\n';
    }
    return out;
}

} // namespace dtdb::history
