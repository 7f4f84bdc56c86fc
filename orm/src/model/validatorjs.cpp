#include "model/validatorjs_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Orm::ValidatorJs {

namespace {

// JavaScript's \s: its white space and line terminators.
bool isJsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\t' || u == u'\n' || u == 0x0b || u == 0x0c || u == u'\r' || u == u' ' || u == 0xa0 || u == 0x1680
            || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000
            || u == 0xfeff;
}

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

const QString ipv4Format = u"((?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])[.]){3}"
                           u"(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])"_s;

const QRegularExpression &ipv4()
{
    static const QRegularExpression re(u'^' + ipv4Format + u'$');
    return re;
}

// validator.js's IPv6 expression, piece by piece as it builds it.
const QRegularExpression &ipv6()
{
    static const QRegularExpression re(
            (u"^((?:%1:){7}(?:%1|:)|(?:%1:){6}(?:%2|:%1|:)|(?:%1:){5}(?::%2|(:%1){1,2}|:)|(?:%1:){4}(?:(:"
             u"%1){0,1}:%2|(:%1){1,3}|:)|(?:%1:){3}(?:(:%1){0,2}:%2|(:%1){1,4}|:)|(?:%1:){2}(?:(:%1){0,3}"
             u":%2|(:%1){1,5}|:)|(?:%1:){1}(?:(:%1){0,4}:%2|(:%1){1,6}|:)|(?::((?::%1){0,5}:%2|(?::%1){1,"
             u"7}|:)))(%[0-9a-zA-Z.]{1,})?$"_s)
                    .arg(u"(?:[0-9a-fA-F]{1,4})"_s, ipv4Format));
    return re;
}

// The UTF-8 length of a text, as validator.js's isByteLength (encodeURI) counts it.
qsizetype utf8Length(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80)
            n += 1;
        else if (u < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            n += 4;
            ++i;
        } else {
            n += 3;
        }
    }
    return n;
}

struct AlphaLocale
{
    const char16_t *name;
    const char16_t *alpha;
    const char16_t *alphanumeric;
    bool caseless;
};

// validator.js's alpha and alphanumeric tables (src/lib/alpha.js), generated from it: \uXXXX written \x{XXXX}.
// Not formatted: splitting these lines would cut Bengali letters from their combining signs.
// clang-format off
constexpr AlphaLocale alphaLocales[] = {
        {u"en-US", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"az-AZ", u"^[A-VXYZÇƏĞİıÖŞÜ]+$", u"^[0-9A-VXYZÇƏĞİıÖŞÜ]+$", true},
        {u"bg-BG", u"^[А-Я]+$", u"^[0-9А-Я]+$", true},
        {u"cs-CZ", u"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]+$", u"^[0-9A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]+$", true},
        {u"da-DK", u"^[A-ZÆØÅ]+$", u"^[0-9A-ZÆØÅ]+$", true},
        {u"de-DE", u"^[A-ZÄÖÜß]+$", u"^[0-9A-ZÄÖÜß]+$", true},
        {u"el-GR", u"^[Α-ώ]+$", u"^[0-9Α-ω]+$", true},
        {u"es-ES", u"^[A-ZÁÉÍÑÓÚÜ]+$", u"^[0-9A-ZÁÉÍÑÓÚÜ]+$", true},
        {u"fa-IR", u"^[ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی]+$",
         u"^['0-9آاءأؤئبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهةی۱۲۳۴۵۶۷۸۹۰']+$", true},
        {u"fi-FI", u"^[A-ZÅÄÖ]+$", u"^[0-9A-ZÅÄÖ]+$", true},
        {u"fr-FR", u"^[A-ZÀÂÆÇÉÈÊËÏÎÔŒÙÛÜŸ]+$", u"^[0-9A-ZÀÂÆÇÉÈÊËÏÎÔŒÙÛÜŸ]+$", true},
        {u"it-IT", u"^[A-ZÀÉÈÌÎÓÒÙ]+$", u"^[0-9A-ZÀÉÈÌÎÓÒÙ]+$", true},
        {u"ja-JP", u"^[ぁ-んァ-ヶｦ-ﾟ一-龠ー・。、]+$", u"^[0-9０-９ぁ-んァ-ヶｦ-ﾟ一-龠ー・。、]+$", true},
        {u"nb-NO", u"^[A-ZÆØÅ]+$", u"^[0-9A-ZÆØÅ]+$", true},
        {u"nl-NL", u"^[A-ZÁÉËÏÓÖÜÚ]+$", u"^[0-9A-ZÁÉËÏÓÖÜÚ]+$", true},
        {u"nn-NO", u"^[A-ZÆØÅ]+$", u"^[0-9A-ZÆØÅ]+$", true},
        {u"hu-HU", u"^[A-ZÁÉÍÓÖŐÚÜŰ]+$", u"^[0-9A-ZÁÉÍÓÖŐÚÜŰ]+$", true},
        {u"pl-PL", u"^[A-ZĄĆĘŚŁŃÓŻŹ]+$", u"^[0-9A-ZĄĆĘŚŁŃÓŻŹ]+$", true},
        {u"pt-PT", u"^[A-ZÃÁÀÂÄÇÉÊËÍÏÕÓÔÖÚÜ]+$", u"^[0-9A-ZÃÁÀÂÄÇÉÊËÍÏÕÓÔÖÚÜ]+$", true},
        {u"ru-RU", u"^[А-ЯЁ]+$", u"^[0-9А-ЯЁ]+$", true},
        {u"kk-KZ", u"^[А-ЯЁ\\x{04D8}\\x{04B0}\\x{0406}\\x{04A2}\\x{0492}\\x{04AE}\\x{049A}\\x{04E8}\\x{04BA}]+$",
         u"^[0-9А-ЯЁ\\x{04D8}\\x{04B0}\\x{0406}\\x{04A2}\\x{0492}\\x{04AE}\\x{049A}\\x{04E8}\\x{04BA}]+$", true},
        {u"sl-SI", u"^[A-ZČĆĐŠŽ]+$", u"^[0-9A-ZČĆĐŠŽ]+$", true},
        {u"sk-SK", u"^[A-ZÁČĎÉÍŇÓŠŤÚÝŽĹŔĽÄÔ]+$", u"^[0-9A-ZÁČĎÉÍŇÓŠŤÚÝŽĹŔĽÄÔ]+$", true},
        {u"sr-RS@latin", u"^[A-ZČĆŽŠĐ]+$", u"^[0-9A-ZČĆŽŠĐ]+$", true},
        {u"sr-RS", u"^[А-ЯЂЈЉЊЋЏ]+$", u"^[0-9А-ЯЂЈЉЊЋЏ]+$", true},
        {u"sv-SE", u"^[A-ZÅÄÖ]+$", u"^[0-9A-ZÅÄÖ]+$", true},
        {u"th-TH", u"^[ก-๐\\s]+$", u"^[ก-๙\\s]+$", true},
        {u"tr-TR", u"^[A-ZÇĞİıÖŞÜ]+$", u"^[0-9A-ZÇĞİıÖŞÜ]+$", true},
        {u"uk-UA", u"^[А-ЩЬЮЯЄIЇҐі]+$", u"^[0-9А-ЩЬЮЯЄIЇҐі]+$", true},
        {u"vi-VN", u"^[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴĐÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]+$",
         u"^[0-9A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴĐÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]+$", true},
        {u"ko-KR", u"^[ㄱ-ㅎㅏ-ㅣ가-힣]*$", u"^[0-9ㄱ-ㅎㅏ-ㅣ가-힣]*$", false},
        {u"ku-IQ", u"^[ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنوۆھەیێيطؤثآإأكضصةظذ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنوۆھەیێيطؤثآإأكضصةظذ]+$", true},
        {u"ar", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         false},
        {u"he", u"^[א-ת]+$", u"^[0-9א-ת]+$", false},
        {u"fa", u"^['آاءأؤئبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهةی']+$",
         u"^['0-9آاءأؤئبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهةی۱۲۳۴۵۶۷۸۹۰']+$", true},
        {u"bn",
         u"^['"
         u"ঀঁংঃঅআইঈউঊঋঌএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ়ঽািীুূৃৄেৈোৌ্ৎৗড়ঢ়য়ৠৡৢৣৰৱ৲৳৴৵৶৷৸৹৺৻"
         u"'"
         u"]"
         u"+"
         u"$",
         u"^['"
         u"ঀঁংঃঅআইঈউঊঋঌএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ়ঽািীুূৃৄেৈোৌ্ৎৗড়ঢ়য়ৠৡৢৣ০১২৩৪৫৬৭৮৯ৰৱ৲৳৴৵৶৷৸৹৺৻"
         u"'"
         u"]"
         u"+"
         u"$",
         false},
        {u"eo", u"^[ABCĈD-GĜHĤIJĴK-PRSŜTUŬVZ]+$", u"^[0-9ABCĈD-GĜHĤIJĴK-PRSŜTUŬVZ]+$", true},
        {u"hi-IN", u"^[\\x{0900}-\\x{0961}]+[\\x{0972}-\\x{097F}]*$", u"^[\\x{0900}-\\x{0963}]+[\\x{0966}-\\x{097F}]*$",
         true},
        {u"si-LK", u"^[\\x{0D80}-\\x{0DFF}]+$", u"^[0-9\\x{0D80}-\\x{0DFF}]+$", false},
        {u"ta-IN", u"^[\\x{0B80}-\\x{0BFF}]+$", u"^[0-9\\x{0B80}-\\x{0BFF}.]+$", true},
        {u"te-IN", u"^[\\x{0C00}-\\x{0C7F}]+$", u"^[0-9\\x{0C00}-\\x{0C7F}.]+$", true},
        {u"kn-IN", u"^[\\x{0C80}-\\x{0CFF}]+$", u"^[0-9\\x{0C80}-\\x{0CFF}.]+$", true},
        {u"ml-IN", u"^[\\x{0D00}-\\x{0D7F}]+$", u"^[0-9\\x{0D00}-\\x{0D7F}.]+$", true},
        {u"gu-IN", u"^[\\x{0A80}-\\x{0AFF}]+$", u"^[0-9\\x{0A80}-\\x{0AFF}.]+$", true},
        {u"pa-IN", u"^[\\x{0A00}-\\x{0A7F}]+$", u"^[0-9\\x{0A00}-\\x{0A7F}.]+$", true},
        {u"or-IN", u"^[\\x{0B00}-\\x{0B7F}]+$", u"^[0-9\\x{0B00}-\\x{0B7F}.]+$", true},
        {u"en-AU", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"en-GB", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"en-HK", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"en-IN", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"en-NZ", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"en-ZA", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"en-ZM", u"^[A-Z]+$", u"^[0-9A-Z]+$", true},
        {u"ar-AE", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-BH", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-DZ", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-EG", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-IQ", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-JO", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-KW", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-LB", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-LY", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-MA", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-QM", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-QA", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-SA", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-SD", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-SY", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-TN", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"ar-YE", u"^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$",
         u"^[٠١٢٣٤٥٦٧٨٩0-9ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْٰ]+$", false},
        {u"bn-BD",
         u"^['"
         u"ঀঁংঃঅআইঈউঊঋঌএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ়ঽািীুূৃৄেৈোৌ্ৎৗড়ঢ়য়ৠৡৢৣৰৱ৲৳৴৵৶৷৸৹৺৻"
         u"'"
         u"]"
         u"+"
         u"$",
         u"^['"
         u"ঀঁংঃঅআইঈউঊঋঌএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ়ঽািীুূৃৄেৈোৌ্ৎৗড়ঢ়য়ৠৡৢৣ০১২৩৪৫৬৭৮৯ৰৱ৲৳৴৵৶৷৸৹৺৻"
         u"'"
         u"]"
         u"+"
         u"$",
         false},
        {u"bn-IN",
         u"^['"
         u"ঀঁংঃঅআইঈউঊঋঌএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ়ঽািীুূৃৄেৈোৌ্ৎৗড়ঢ়য়ৠৡৢৣৰৱ৲৳৴৵৶৷৸৹৺৻"
         u"'"
         u"]"
         u"+"
         u"$",
         u"^['"
         u"ঀঁংঃঅআইঈউঊঋঌএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ়ঽািীুূৃৄেৈোৌ্ৎৗড়ঢ়য়ৠৡৢৣ০১২৩৪৫৬৭৮৯ৰৱ৲৳৴৵৶৷৸৹৺৻"
         u"'"
         u"]"
         u"+"
         u"$",
         false},
        {u"fr-CA", u"^[A-ZÀÂÆÇÉÈÊËÏÎÔŒÙÛÜŸ]+$", u"^[0-9A-ZÀÂÆÇÉÈÊËÏÎÔŒÙÛÜŸ]+$", true},
        {u"pt-BR", u"^[A-ZÃÁÀÂÄÇÉÊËÍÏÕÓÔÖÚÜ]+$", u"^[0-9A-ZÃÁÀÂÄÇÉÊËÍÏÕÓÔÖÚÜ]+$", true},
        {u"pl-Pl", u"^[A-ZĄĆĘŚŁŃÓŻŹ]+$", u"^[0-9A-ZĄĆĘŚŁŃÓŻŹ]+$", true},
        {u"fa-AF", u"^['آاءأؤئبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهةی']+$",
         u"^['0-9آاءأؤئبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهةی۱۲۳۴۵۶۷۸۹۰']+$", true},

};
// clang-format on

const AlphaLocale *alphaLocale(QStringView name)
{
    const auto found = std::find_if(std::begin(alphaLocales), std::end(alphaLocales),
                                    [&](const AlphaLocale &l) { return name == QStringView(l.name); });
    return found == std::end(alphaLocales) ? nullptr : found;
}

} // namespace

bool isIP(QStringView address, int version)
{
    if (version == 4)
        return matches(ipv4(), address);
    if (version == 6)
        return matches(ipv6(), address);
    return version == 0 && (matches(ipv4(), address) || matches(ipv6(), address));
}

bool isFQDN(QStringView name)
{
    static const QRegularExpression tldPattern(
            u"^([a-z\\x{00A1}-\\x{00A8}\\x{00AA}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}]{2,}|xn[a-z0-9-]{2,})$"_s,
            QRegularExpression::CaseInsensitiveOption);
    // JavaScript matches UTF-16 units: \u00a1-\uffff takes the two halves of a surrogate pair, so any character
    // beyond U+00A0 passes.
    static const QRegularExpression partPattern(u"^[a-z_\\x{00a1}-\\x{10ffff}0-9-]+$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fullWidth(u"[\\x{ff01}-\\x{ff5e}]"_s);
    static const QRegularExpression digits(u"^\\d+$"_s);
    const QList<QStringView> parts = name.split(u'.');
    const QStringView tld = parts.last();
    if (parts.size() < 2 || !matches(tldPattern, tld) || std::any_of(tld.begin(), tld.end(), isJsSpace))
        return false;
    if (matches(digits, tld))
        return false;
    return std::all_of(parts.begin(), parts.end(), [](QStringView part) {
        return part.size() <= 63 && matches(partPattern, part) && !matches(fullWidth, part) && !part.startsWith(u'-')
                && !part.endsWith(u'-') && !part.contains(u'_');
    });
}

bool isURL(QStringView input)
{
    if (input.isEmpty()
        || std::any_of(input.begin(), input.end(), [](QChar c) { return isJsSpace(c) || c == u'<' || c == u'>'; }))
        return false;
    if (input.startsWith(u"mailto:"))
        return false;
    if (input.size() > 2084)
        return false;
    QStringView url = input;
    url = url.first(url.indexOf(u'#') >= 0 ? url.indexOf(u'#') : url.size());
    url = url.first(url.indexOf(u'?') >= 0 ? url.indexOf(u'?') : url.size());

    static const QRegularExpression protocolPattern(u"^([a-z][a-z0-9+\\-.]*):"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QStringList protocols = {u"http"_s, u"https"_s, u"ftp"_s};
    bool hadExplicitProtocol = false;
    const QRegularExpressionMatch protocolMatch = protocolPattern.match(url);
    if (protocolMatch.hasMatch()) {
        const qsizetype matched = protocolMatch.capturedLength(0);
        const QStringView afterColon = url.sliced(matched);
        // Where validator.js reads "host:port" or "user@host" rather than a protocol, the text goes on whole.
        bool isProtocol = true;
        if (!afterColon.startsWith(u"//")) {
            const qsizetype slash = afterColon.indexOf(u'/');
            const QStringView beforeSlash = slash < 0 ? afterColon : afterColon.first(slash);
            const qsizetype at = beforeSlash.indexOf(u'@');
            if (at >= 0) {
                static const QRegularExpression validAuth(u"^[a-zA-Z0-9\\-_.%:]*$"_s);
                static const QRegularExpression encoded(u"%[0-9a-fA-F]{2}"_s);
                const QStringView beforeAt = beforeSlash.first(at);
                isProtocol = !(matches(validAuth, beforeAt) && !encoded.match(beforeAt).hasMatch());
            } else {
                isProtocol = afterColon.isEmpty() || !(afterColon.front() >= u'0' && afterColon.front() <= u'9');
            }
        }
        if (isProtocol) {
            hadExplicitProtocol = true;
            if (!protocols.contains(protocolMatch.capturedView(1).toString().toLower()))
                return false;
            url = url.sliced(matched);
        }
    }
    if (url.startsWith(u"//")) {
        if (!hadExplicitProtocol)
            return false;
        url = url.sliced(2);
    }
    if (url.isEmpty())
        return false;
    url = url.first(url.indexOf(u'/') >= 0 ? url.indexOf(u'/') : url.size());
    QStringView hostname = url;
    if (const qsizetype at = url.indexOf(u'@'); at >= 0) {
        const QStringView auth = url.first(at);
        if (auth.isEmpty())
            return false;
        if (auth.count(u':') > 1)
            return false;
        if (auth == u":")
            return false; // an empty user and an empty password
        hostname = url.sliced(at + 1);
    }
    QStringView host;
    QStringView ipv6Address;
    std::optional<QStringView> port;
    static const QRegularExpression wrappedIpv6(u"^\\[([^\\]]+)\\](?::([0-9]+))?$"_s);
    if (const QRegularExpressionMatch m = wrappedIpv6.match(hostname); m.hasMatch()) {
        ipv6Address = m.capturedView(1);
        if (m.capturedLength(2) > 0)
            port = m.capturedView(2);
    } else {
        const qsizetype colon = hostname.indexOf(u':');
        host = colon < 0 ? hostname : hostname.first(colon);
        if (colon >= 0)
            port = hostname.sliced(colon + 1);
    }
    if (port && !port->isEmpty()) {
        static const QRegularExpression portDigits(u"^[0-9]+$"_s);
        if (!matches(portDigits, *port))
            return false;
        bool ok = false;
        const qlonglong number = port->toLongLong(&ok);
        if (!ok || number <= 0 || number > 65535)
            return false;
    }
    return isIP(host) || isFQDN(host) || (!ipv6Address.isEmpty() && isIP(ipv6Address, 6));
}

bool isEmail(QStringView email)
{
    if (email.size() > 254)
        return false;
    const qsizetype at = email.lastIndexOf(u'@');
    const QStringView domain = at < 0 ? email : email.sliced(at + 1);
    QStringView user = at < 0 ? QStringView() : email.first(at);
    if (utf8Length(user) > 64 || utf8Length(domain) > 254)
        return false;
    if (!isFQDN(domain))
        return false;
    if (!user.isEmpty() && user.front() == u'"' && user.back() == u'"') {
        static const QRegularExpression quoted(
                u"^([\\s\\x{01}-\\x{08}\\x{0b}\\x{0c}\\x{0e}-\\x{1f}\\x{7f}\\x{21}\\x{23}-\\x{5b}\\x{5d}-\\x{7e}"
                u"\\x{00A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}]|(\\\\[\\x{01}-\\x{09}\\x{0b}\\x{0c}"
                u"\\x{0d}-\\x{7f}\\x{00A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}]))*$"_s,
                QRegularExpression::CaseInsensitiveOption);
        return matches(quoted, user.size() < 2 ? QStringView() : user.sliced(1, user.size() - 2));
    }
    static const QRegularExpression part(
            u"^[a-z\\d!#\\$%&'\\*\\+\\-\\/=\\?\\^_`{\\|}~\\x{00A1}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}]+$"_s,
            QRegularExpression::CaseInsensitiveOption);
    const QList<QStringView> parts = user.split(u'.');
    return std::all_of(parts.begin(), parts.end(), [](QStringView p) { return matches(part, p); });
}

QRegularExpression alphaPattern(QStringView locale, bool alphanumeric)
{
    const AlphaLocale *l = alphaLocale(locale);
    if (!l)
        return QRegularExpression(QStringLiteral("("));
    return QRegularExpression(QString::fromUtf16(alphanumeric ? l->alphanumeric : l->alpha),
                              l->caseless ? QRegularExpression::CaseInsensitiveOption
                                          : QRegularExpression::NoPatternOption);
}

} // namespace Orm::ValidatorJs
