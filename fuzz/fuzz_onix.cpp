// libFuzzer harness of Catalogue::OnixReader: any bytes, read to the end (or the first 10,000 products).
#include <catalogue/onixreader.h>

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Catalogue::OnixReader reader(&buffer, Catalogue::OnixLimits{.maxDepth = 16, .maxTextChars = 4096});
    Catalogue::OnixProduct product;
    for (int i = 0; i < 10000 && reader.next(product); ++i) {
        if (product.title.size() > 4096)
            __builtin_trap();
    }
    return 0;
}
