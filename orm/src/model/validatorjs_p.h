#pragma once

// The rules of validator.js 13 (the library Sequelize's validators call), with its default options, ported line for
// line so that a value Sequelize accepts is accepted here and one it refuses is refused. Its test suite and its
// source are the reference (npm package `validator`); tests/orm/tst_validation.cpp holds cases from both.

#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace Orm::ValidatorJs {

// isURL(str): protocols http, https, ftp (or none), a host with a top-level domain or an IP address (IPv6 in
// brackets), at most 2,084 UTF-16 units, no white space, '<' or '>'; "mailto:" refused.
bool isURL(QStringView url);

// isEmail(str): a dot-separated local part of RFC 5322 "atext" (UTF-8 letters allowed) or a quoted one, '@', and
// a fully qualified domain name; at most 254 units, 64 bytes before the '@'.
bool isEmail(QStringView email);

// isFQDN(str) with require_tld and without underscores, trailing dot, numeric top-level domain or wildcard.
bool isFQDN(QStringView name);

// isIP(str, version): 4, 6 (with a zone index, "fe80::1%eth0") or 0 for either.
bool isIP(QStringView address, int version = 0);

// isAlpha(str, locale) and isAlphanumeric(str, locale): the letters of the locale's alphabet (en-US: A to Z,
// either case), as the pattern that decides them, to be made once and matched many times. An invalid pattern
// for a locale validator.js does not know (where validator.js throws).
QRegularExpression alphaPattern(QStringView locale, bool alphanumeric);

} // namespace Orm::ValidatorJs
