// libFuzzer target for JsonLineIndex (docs/fuzzing.md). It reads the raw bytes of programme and
// course files, which faculty edit by hand, before or after QJsonDocument has refused them; any
// bytes must index without crashing, and every line it reports must be one the file has.

#include "content/jsonlineindex.h"
#include "fuzzsupport.h"

#include <QStringList>

using namespace lectern;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    const JsonLineIndex index(json);
    const int lines = int(json.count('\n')) + 1;
    for (const QString &path :
         {QString(), QStringLiteral("/"), QStringLiteral("/weeks/0/lectures/1/title"),
          QStringLiteral("/a"), QStringLiteral("/0"), QStringLiteral("/a/b/c/d"),
          QStringLiteral("/code"), QStringLiteral("//"), QStringLiteral("/weeks/1")}) {
        const int line = index.lineOf(path);
        FUZZ_CHECK(line >= 1 && line <= lines);
    }
    return 0;
}
