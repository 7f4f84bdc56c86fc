// libFuzzer harness of Catalogue::CsvReader: any bytes, read to the end (or the first 10,000 records).
#include <catalogue/csvreader.h>

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Catalogue::CsvReader reader(&buffer, Catalogue::CsvLimits{.maxFieldChars = 4096, .maxFields = 64});
    QStringList fields;
    for (int i = 0; i < 10000 && reader.next(fields); ++i) {
        if (fields.size() > 64 || reader.line() < 1)
            __builtin_trap(); // the limits and line numbers hold
    }
    return 0;
}
