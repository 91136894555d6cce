// The toneless pinyin of Han characters, generated at build time from ICU's
// Han-Latin transliterator (lib/tools/pinyin_table.cc): kPinyin[c -
// kPinyinFirst] for c in [kPinyinFirst, kPinyinLast], "" where ICU knows no
// reading.
#pragma once

namespace claimcheck {

constexpr char32_t kPinyinFirst = 0x3400, kPinyinLast = 0x9FFF;
extern const char* const kPinyin[kPinyinLast - kPinyinFirst + 1];

}  // namespace claimcheck
