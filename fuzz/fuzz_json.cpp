// libFuzzer harness of Catalogue::JsonArrayReader: any bytes, read to the end (or the first 10,000 elements).
#include <catalogue/jsonarrayreader.h>

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Catalogue::JsonArrayReader reader(&buffer, Catalogue::JsonLimits{.maxDepth = 16, .maxElementBytes = 1 << 16});
    QJsonObject object;
    for (int i = 0; i < 10000 && reader.next(object); ++i) {
        if (reader.index() != i + 1)
            __builtin_trap();
    }
    return 0;
}
