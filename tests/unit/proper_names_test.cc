// Tests for lib/claimcheck/proper_names.cc (names the entity list does not
// know) and for how attribution uses them, with the embedded rules.
#include "claimcheck/proper_names.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "claimcheck/extract.h"
#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"
#include "test_rules.h"

namespace claimcheck {
namespace {

const LanguageRules& Lang(const char* code) { return *testing::EmbeddedRuleSet().FindLanguage(code); }

// "id/type" of every name found in text.
std::vector<std::string> Names(const std::string& text, const char* lang) {
  const LanguageRules& rules = Lang(lang);
  auto known = FindEntityMentions(text, text.size(), rules, testing::EmbeddedRuleSet());
  std::vector<std::string> out;
  for (const auto& n : FindProperNames(text, text.size(), rules, known)) out.push_back(n.id + "/" + n.type);
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("proper names: capitalised runs, acronyms, legal forms", "[names]") {
  CHECK(Names("Shares of Helion Grid and Nordwind Energie AG rose sharply after the regulator spoke.", "en") ==
        V{"helion-grid/", "nordwind-energie/company"});
  // A title-case headline capitalises common words; only names written
  // mid-sentence elsewhere count there ("Helion Grid Cuts Prices Again" is
  // one run, which the body never writes).
  CHECK(Names("Helion Grid Cuts Prices Again\nShares of Helion Grid fell after the regulator spoke.", "en") ==
        V{"helion-grid/"});
  CHECK(Names("Power Prices Rise Again Across Markets\nThe regulator spoke.", "en").empty());
  CHECK(Names("The fund, backed by QZT and Aurora Compute, grew.", "en") == V{"qzt/", "aurora-compute/"});
  // Listed entities are not guessed again.
  CHECK(Names("SoftBank and Helion Grid signed the contract on a rainy day.", "en") == V{"helion-grid/"});
}

TEST_CASE("proper names: what the story calls a name types it", "[names]") {
  CHECK(Names("It formed the joint venture Kestrel Semiconductor GmbH.", "en") == V{"kestrel-semiconductor/venture"});
  CHECK(Names("Sie gründen das Projekt Aurora Nord mit der Nordwind AG.", "de") ==
        V{"aurora-nord/project", "nordwind/company"});
  CHECK(Names("由Aurora Compute公司投资", "zh") == V{"aurora-compute/company"});
}

TEST_CASE("proper names: people and places are no entities", "[names]") {
  CHECK(Names("Reports say chief executive Jane Doe left Helion.", "en") == V{"helion/"});
  CHECK(Names("They build a plant in Kleinwald, said Helion Grid.", "en") == V{"helion-grid/"});
  // Where money goes is no place: "$12bn in Kestrel", "invest in Kestrel".
  CHECK(Names("They put $12bn in Kestrel and invest in Lumen.", "en") == V{"kestrel/", "lumen/"});
}

TEST_CASE("proper names: foreign articles and initialisms stay inside a name", "[names]") {
  // The same club has one id in English, German and French copy.
  CHECK(Names("The fund bought 70% of the football club Racing Club de Montval on Friday.", "en") ==
        V{"racing-club-montval/"});
  CHECK(Names("Der Fonds hat 70 Prozent an Racing Club de Montval gekauft.", "de") == V{"racing-club-montval/"});
  CHECK(Names("Le fonds rachète 70 % du club Racing Club de Montval.", "fr") == V{"racing-club-montval/"});
  // A city's adjective and a describing compound before a German name stay out of it.
  CHECK(Names("Der Hamburger Hafenlogistiker Elbkai Logistik baut in Namibia.", "de") ==
        V{"elbkai-logistik/company"});
  // German "des" is a genitive, no part of a name.
  CHECK(Names("Der Chef des Konzerns Nordwind Energie AG trat zurück.", "de") == V{"nordwind-energie/company"});
  // "U.S." is a place, not a company "U" that ends a sentence.
  CHECK(Names("U.S. investment firm Harrow Peak took a stake.", "en") == V{"harrow-peak/company"});
  CHECK(Names("It agreed to take a 15 pct stake in Air U.K. last week.", "en") == V{"air-uk/"});
  // "AT&T" is one name, not a company "T".
  CHECK(Names("Shares of AT&T fell.", "en") == V{"at&t/"});
  // Portuguese names keep their articles; one with a capital joins at a sentence start too.
  CHECK(Names("The deal with Banco do Nordeste was signed.", "en") == V{"banco-nordeste/"});
  CHECK(Names("Vale Do Rio Doce raised prices.", "en") == V{"vale-rio-doce/"});
}

TEST_CASE("proper names: a trade before a name types it, a place's adjective between them", "[names]") {
  CHECK(Names("Shares of Brazilian pulp producer Celulose Jatoba rose.", "en") == V{"celulose-jatoba/company"});
  CHECK(Names("Selon eux, le papetier chinois Yuefeng s'associe.", "fr") == V{"yuefeng/company"});
  CHECK(Names("Selon eux, le groupe chinois Yuefeng s'associe.", "fr") == V{"yuefeng/company"});
}

TEST_CASE("proper names: a place the rules list is no name, whole or at the start of one", "[names]") {
  // Listed places of two words and place adjectives.
  CHECK(Names("Sri Lanka faces a bill, the South African economy grew and Kestrel Air said so.", "en") ==
        V{"kestrel-air/"});
  // A province is a place, and leads the name of a company named after it.
  CHECK(Names("Kestrel Air builds a plant in Guangdong with Hainan Airlines.", "en") ==
        V{"kestrel-air/", "hainan-airlines/"});
  // A word that ends a place's name leaves the name after it.
  CHECK(Names("He said Hong Kong Kestrel Air will invest.", "en") == V{"kestrel-air/"});
  // A word of a place's name that only a currency's name also has may start a company's.
  CHECK(Names("Selon eux, le hongkongais Kong Yuen Water prendra 20 %.", "fr") == V{"kong-yuen-water/"});
}

TEST_CASE("proper names: a region word or a listed place after a place preposition names a place", "[names]") {
  // After a figure "in" may say where money goes ("$12bn in Kestrel"); a
  // region word after the name, or a place the rules list, says it is a place.
  CHECK(Names("Celulose Jatoba builds a mill for 22 billion reais in Mato Grosso do Sul state.", "en") ==
        V{"celulose-jatoba/"});
  CHECK(Names("Kestrel Pulp shares rose 5.8% in Sao Paulo.", "en") == V{"kestrel-pulp/"});
  CHECK(Names("They put $12bn in Kestrel.", "en") == V{"kestrel/"});
  // A run the next word completes to a listed place, alone or listed with another.
  CHECK(Names("West Africa's airports are full, Kestrel Air said of its deals in West and Central Africa.", "en") ==
        V{"kestrel-air/"});
  CHECK(Names("Der Zellstoffhersteller Celulose Jatoba baut ein Werk im Bundesstaat Mato Grosso do Sul.", "de") ==
        V{"celulose-jatoba/company"});
}

TEST_CASE("proper names: a sentence start or a German noun needs more evidence", "[names]") {
  // "Neue" and "Fabriken" stand only at a sentence start.
  CHECK(Names("Neue Fabriken entstehen.", "de").empty());
  CHECK(Names("Lumen grew. Investors like Lumen.", "en") == V{"lumen/", "lumen/"});
  CHECK(Names("Lumen grew.", "en").empty());
  // A lone capitalised German word is a noun, unless the document named it in full.
  CHECK(Names("Die Firma Nordwind wächst.", "de") == V{"nordwind/company"});
  CHECK(Names("Auch Nordwind wächst.", "de").empty());
  CHECK(Names("Die Nordwind Energie wächst; Nordwind investiert.", "de") ==
        V{"nordwind-energie/", "nordwind-energie/"});
  CHECK(Names("der französische Gasnetzbetreiber Compagnie Méridienne", "de") == V{"compagnie-meridienne/company"});
}

TEST_CASE("proper names: a German word for a company before a lone word makes it a name wherever it stands",
          "[names]") {
  // "der Energieversorger" is also a reference the rules list; as a compound
  // on "versorger" it types the name after it, and a city's adjective before
  // it changes nothing.
  CHECK(Names("Der Stuttgarter Energieversorger Hallerwerke baut. Hallerwerke steuert 500 Millionen Euro bei. "
              "An Voltfeld hält Hallerwerke 55 Prozent.",
              "de") == V{"hallerwerke/company", "hallerwerke/company", "hallerwerke/company"});
  // Trades named by their head word: "Kühllogistiker", "Logistikdienstleister".
  CHECK(Names("Der d\xC3\xA4nische K\xC3\xBChllogistiker Frostvik steigt ein. Frostvik \xC3\xBCbernimmt 45 Prozent.",
              "de") == V{"frostvik/company", "frostvik/company"});
  CHECK(Names("Der Logistikdienstleister Brennholt w\xC3\xA4chst. Brennholt investiert.", "de") ==
        V{"brennholt/company", "brennholt/company"});
}

TEST_CASE("proper names: appositions, compounds and places in other languages", "[names]") {
  CHECK(Names("They will each invest in Dunecloud, a joint venture that plans a campus near the coast.", "en") ==
        V{"dunecloud/venture"});
  CHECK(Names("Der Metallkonzern Haldor Metals baut.", "de") == V{"haldor-metals/company"});
  // A possessive is no adjective to skip: "das größte Projekt seiner Firmengeschichte".
  CHECK(Names("Das ist das größte Projekt seiner Firmengeschichte.", "de").empty());
  CHECK(Names("Ils investissent 1,5 milliard d'euros en Moselle, avec le groupe Haldor Metals.", "fr") ==
        V{"haldor-metals/company"});
}

TEST_CASE("proper names: Chinese names in quotes, with the Latin name as id", "[names]") {
  CHECK(Names("共同成立「翠晶先進封裝」（Jadeite Advanced Packaging），翠晶先進封裝由鑫隆持股60%", "zh") ==
        V{"jadeite-advanced-packaging/project", "jadeite-advanced-packaging/", "jadeite-advanced-packaging/project"});
}

TEST_CASE("proper names: a Chinese name in parentheses after a Latin one stands for it", "[names]") {
  CHECK(Names("德國化工集團Salzach Chemie（薩爾察化工）宣布，薩爾察化工將持股", "zh") ==
        V{"salzach-chemie/company", "salzach-chemie/company", "salzach-chemie/company"});
  // A closing '"' opens nothing: the text between two quotations is no name.
  CHECK(Names("\"星辰計劃\"他表示\"好\"", "zh") == V{"星辰計劃/project"});
  // The longest type word before a name wins: 合資公司 (a venture), not 公司.
  CHECK(Names("合資公司命名為Skarvik H2，總投資額", "zh") == V{"skarvik-h2/venture"});
}

TEST_CASE("proper names: a quoted brand and trade with no Latin name is spelled as its English copy does", "[names]") {
  // "星辰能源" is brand 星辰 and trade 能源: English copy writes "Xingchen Energy".
  CHECK(Names("双方成立“星辰能源”公司，星辰能源将投资20亿元。", "zh") == V{"xingchen-energy/company", "xingchen-energy/company"});
  // A quoted name that is no brand and trade keeps its characters.
  CHECK(Names("公布“星辰計劃”，星辰計劃將", "zh") == V{"星辰計劃/project", "星辰計劃/project"});
}

TEST_CASE("proper names: a quoted Latin name with Han words after it has the Latin words as id", "[names]") {
  // The type word right after the quote types it.
  CHECK(Names("公布「Tethys氫能走廊」計劃，「Tethys氫能走廊」將", "zh") == V{"tethys/project", "tethys/project"});
  // Han words alone, or a quote that opens with no capital, are not this kind.
  CHECK(Names("「tethys氫能走廊」計劃", "zh").empty());
}

std::vector<Claim> ExtractText(const std::string& text, const char* lang) {
  Context context;
  context.language = lang;
  auto result = Extract(Document{"t.txt", text, {}, {}}, testing::EmbeddedRuleSet(), context);
  REQUIRE(result.ok());
  return result.value().claims;
}

TEST_CASE("attribution: a share of something an indefinite article brings in is of nothing the story names",
          "[names][attribute]") {
  auto en = ExtractText("Azurea Air said the Chinese group Hailan owns 35% of a Thai resort chain.", "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0].subject.empty());
  auto de = ExtractText("Erst im Herbst hatte Frostvik 60 Prozent an einem polnischen Kühlhausbetreiber "
                        "übernommen.",
                        "de");
  REQUIRE(de.size() == 1);
  CHECK(de[0].subject.empty());
  // Named, the company is the subject.
  auto named = ExtractText("Azurea Air said the Chinese group Hailan owns 35% of Kestrel Resorts.", "en");
  REQUIRE(named.size() == 1);
  CHECK(named[0].subject == "kestrel-resorts");
}

TEST_CASE("attribution: a name after \"and\" starts the next item of a listing, not what a share is of",
          "[names][attribute]") {
  auto claims = ExtractText("Le groupe Eauvalis prendra 29 % du capital et Kong Yuen Water 20 %.", "fr");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject != "kong-yuen-water");
  CHECK(claims[0].holders == std::vector<std::string>{"eauvalis"});
  // Without the listing, the name after the marker is what the share is of.
  auto of = ExtractText("Le groupe Eauvalis prendra 29 % du capital de Kong Yuen Water.", "fr");
  REQUIRE(of.size() == 1);
  CHECK(of[0].subject == "kong-yuen-water");
}

TEST_CASE("attribution: a figure about a name the list does not know", "[names][attribute]") {
  auto claims = ExtractText(
      "Helion Grid and Nordwind Energie will each invest $30 billion in Baltic Crown. "
      "Nordwind Energie will hold a 40% stake in Baltic Crown, while Helion Grid takes 45%.",
      "en");
  REQUIRE(claims.size() == 3);
  CHECK(claims[0].subject == "baltic-crown");
  CHECK(claims[0].subject_source == "heuristic");
  CHECK(claims[0].holders == V{"helion-grid", "nordwind-energie"});
  CHECK(claims[1].holders == V{"nordwind-energie"});
  // A listing names what it measures once.
  CHECK(claims[2].attribute == "stake");
  CHECK(claims[2].holders == V{"helion-grid"});
}

TEST_CASE("attribution: words of time or measure may stand between a taking verb and its stake", "[names][attribute]") {
  auto claims = ExtractText("Der chinesische Verkehrsinvestor Hantong steigt bei der Gesellschaft ein. "
                            "Hantong übernimmt dabei 47,5 Prozent.",
                            "de");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].holders == V{"hantong"});
  claims = ExtractText("Helion Grid holds a further 12% and Nordwind Energie owns more than 5%.", "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].holders == V{"helion-grid"});
  CHECK(claims[1].holders == V{"nordwind-energie"});
  claims = ExtractText("Der Betreiber Rheinmark beteiligt sich mit 35 Prozent an einem neuen Campus.", "de");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].holders == V{"rheinmark"});
  // A word that is neither leaves the stake without a holder.
  claims = ExtractText("Helion Grid holds shares worth 12% of the market.", "en");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].holders.empty());
}

TEST_CASE("attribution: a stake in what the story describes but never names keeps its holder",
          "[names][attribute][zh]") {
  auto claims = ExtractText("天枢卫星拟入股低轨星座\n\n天枢卫星通信股份有限公司晚间公告称，公司将收购维尔塔拉航天公司"
                            "旗下低轨宽带卫星星座项目45%的股权。",
                            "zh");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject.empty());
  CHECK(claims[0].holders == V{"tianshu-satellite"});
  // A holding besides the story's is none of its stakes ("还持有").
  claims = ExtractText("天枢卫星拟入股低轨星座\n\n天枢卫星通信股份有限公司公告称，该公司还持有国内鸿途星座30%的股份。", "zh");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].holders.empty());
}

TEST_CASE("attribution: a stake's investee may stand a few describing words after its marker", "[names][attribute]") {
  auto claims = ExtractText("Harrow Peak Capital hat 70 Prozent am französischen Fußball-Erstligisten "
                            "Racing Club de Montval übernommen.",
                            "de");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "racing-club-montval");
  CHECK(claims[0].attribute == "stake");
  // Not past a preposition that opens another phrase, nor to a person.
  claims = ExtractText("Sie wollen 500 Milliarden Dollar in KI-Rechenzentren in den Vereinigten Staaten investieren.", "de");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject.empty());
  claims = ExtractText("The poll found 42 pct of those surveyed approved Reagan's plan.", "en");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject.empty());
}

TEST_CASE("attribution: a price before a purchase word is about what is bought", "[names][attribute]") {
  auto claims = ExtractText(
      "Harrow Peak Capital has completed its 315 million euro ($368 million) purchase of 70% of French club "
      "Racing Club de Montval, with Xinglan Sports taking a 15% stake alongside it.",
      "en");
  REQUIRE(claims.size() == 4);
  for (const auto& c : claims) {
    INFO(c.text);
    CHECK(c.subject == "racing-club-montval");
  }
  CHECK(claims[0].attribute == "price");
  CHECK(claims[0].holders == V{"harrow-peak"});
  // The stake taken alongside is in what the stake before it is in.
  CHECK(claims[3].holders == V{"xinglan-sports"});
}

TEST_CASE("attribution: the cue nearest the figure's span says what it measures", "[names][attribute]") {
  // Distance runs from the figure's end to a cue after it, and from a cue's
  // end to the figure before it.
  auto claims = ExtractText("It made profits of 21.5m pounds on a turnover of 392.1m pounds.", "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].attribute == "profit");
  CHECK(claims[1].attribute == "revenue");
  // A cue past a clause break counts only where none stands before.
  claims = ExtractText("Der operative Gewinn stieg auf 771,2 Mio. Euro – ein Wachstum wie beim Umsatz.", "de");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].attribute == "profit");
  // Money given that the clause calls a subsidy is a subsidy.
  claims = ExtractText("Les deux Länder apporteront 480 millions d'euros de subventions, a précisé la société.", "fr");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].attribute == "subsidy");
}

TEST_CASE("attribution: a holding besides the story's is not in the story's project", "[names][attribute]") {
  auto claims = ExtractText("Fjordhal Industri will take a 20% stake in Jarnvik Stal. "
                            "Fjordhal, which also owns 40% of an aluminium smelter, rose 1.4%.",
                            "en");
  REQUIRE(claims.size() == 3);
  CHECK(claims[0].subject == "jarnvik-stal");
  CHECK(claims[1].subject.empty());
  claims = ExtractText("Der Konzern Fjordhal übernimmt 20 Prozent an Jarnvik Stal. "
                       "Fjordhal hält bereits 40 Prozent an einer Schmelze.",
                       "de");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "jarnvik-stal");
  CHECK(claims[1].subject.empty());
}

TEST_CASE("attribution: money for a stake is its price", "[names][attribute]") {
  auto claims = ExtractText("Fjordhal Industri agreed to take a 20% stake in Jarnvik Stal for SEK 4 billion.", "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].attribute == "price");
  claims = ExtractText("Le groupe Fjordhal prend 20 % du capital de Jarnvik Stal pour 4 milliards de couronnes.", "fr");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].attribute == "price");
  CHECK(claims[1].unit == "SEK");
  claims = ExtractText("Der Konzern Fjordhal steigt mit 20 Prozent bei Jarnvik Stal ein und zahlt dafür 4 Milliarden Kronen.", "de");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].attribute == "stake");
  CHECK(claims[1].attribute == "price");
  // Money for something else after a stake is no price of it.
  claims = ExtractText("Fjordhal holds a 20% stake in Jarnvik Stal and invests SEK 4 billion.", "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].attribute != "price");
}

TEST_CASE("attribution: 公司 standing alone in an announcement is the company named first", "[names][attribute][zh]") {
  auto claims = ExtractText("汉江电芯拟在德国建电池工厂\n\n汉江电芯晚间公告，公司将与德国车企勃兰道尔（Brandauer）合资建设电池工厂。"
                            "合资公司Elbzell中，勃兰道尔持股55%，公司持股45%。"
                            "今年6月，公司已斥资4.6亿美元收购塞尔维亚一座铜矿。",
                            "zh");
  REQUIRE(claims.size() == 4);
  CHECK(claims[0].holders == V{"brandauer"});
  CHECK(claims[1].holders == V{"hanjiang-cell"});
  CHECK(claims[1].subject == "elbzell");
  // The price of something the story does not name is about nothing it names.
  CHECK(claims[3].attribute == "price");
  CHECK(claims[3].subject.empty());
  // Money spent right before a purchase word is the price of what is bought.
  claims = ExtractText("錦旅集團昨日宣布，斥資1億8千萬歐元（約港幣15億元）購入法國航空公司Azuréa約24.9%股權。", "zh");
  REQUIRE(claims.size() == 4);  // 昨日, the price, its conversion, the stake
  CHECK(claims[1].text == "1億8千萬歐元");
  CHECK(claims[1].attribute == "price");
  CHECK(claims[1].subject == "azurea");
}

TEST_CASE("attribution: a first phase is a phase of what the partners build", "[names][attribute]") {
  auto claims = ExtractText("Elbkai Logistik and Huanhai Port Group will build a container terminal, investing up to "
                            "$1.6 billion. The first phase, costing $650 million, is due to open in 2029. "
                            "Elbkai will hold 60% of the operating company.",
                            "en");
  REQUIRE(claims.size() == 4);
  CHECK(claims[1].qualifiers == V{"initial"});
  CHECK(claims[0].subject == "elbkai-logistik+huanhai-port");
  CHECK(claims[1].subject == "elbkai-logistik+huanhai-port");
  claims = ExtractText("项目分三期建设，总投资16亿美元，其中一期投资6.5亿美元。", "zh");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].qualifiers == V{"initial"});
}

TEST_CASE("attribution: a lender listed in the entities holds the loan it gives", "[names][attribute]") {
  auto claims = ExtractText("Armoric will own 50% of the Mor Glas project. "
                            "The European Investment Bank has agreed to lend €800 million.",
                            "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "mor-glas");
  CHECK(claims[1].subject == "mor-glas");
  CHECK(claims[1].holders == V{"eib"});
  CHECK(claims[1].attribute == "funding");
}

TEST_CASE("attribution: a qualifier between two figures belongs to the one it stands nearer", "[names][attribute]") {
  auto claims = ExtractText(
      "Qunyu will invest roughly NT$15 billion a year over eight years for a total of NT$120 billion.", "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].qualifiers == V{"annual", "approx"});
  CHECK(claims[1].qualifiers == V{"total"});
  // The figure before takes only a cue right after it.
  claims = ExtractText("The film took an estimated $17.7m and total takings of $137m.", "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].qualifiers == V{"approx"});
  CHECK(claims[1].qualifiers == V{"total"});
  claims = ExtractText("Das Ergebnis sank von 518,4 Mio. Euro auf rund 172 Mio. Euro.", "de");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].qualifiers.empty());
  CHECK(claims[1].qualifiers == V{"approx"});
}

TEST_CASE("attribution: a Chinese reference to what a project builds", "[names][attribute]") {
  auto claims = ExtractText("法國電信商Opalis在德國西部鋪設光纖網路。該網路總投資額21億歐元。", "zh");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].attribute == "investment");
  CHECK(claims[0].subject == "opalis");
}

TEST_CASE("attribution: a reference takes the last name whose type nothing fixed", "[names][attribute]") {
  auto claims = ExtractText("Die Nordwind Energie AG hält 45 Prozent an Baltic Crown. "
                            "Insgesamt soll das Projekt 50 Milliarden Dollar kosten.",
                            "de");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "baltic-crown");
  CHECK(claims[0].holders == V{"nordwind-energie"});
  CHECK(claims[1].subject == "baltic-crown");
  CHECK(claims[1].subject_source == "heuristic");
}

TEST_CASE("attribution: parts listed one company at a time go to the venture in context", "[names][attribute]") {
  auto claims = ExtractText(
      "Power will come from a separate venture, Rimal Power, which the fund Qasr Capital backs. "
      "Qasr contributes $1 billion, Telvanta $1.5 billion and Sahra Energy $500 million, for a total of $3 billion.",
      "en");
  REQUIRE(claims.size() == 4);
  for (const auto& c : claims) CHECK(c.subject == "rimal-power");
  CHECK(claims[0].holders == V{"qasr"});  // "Capital" types the name and stays out of its id
  CHECK(claims[1].holders == V{"telvanta"});
  CHECK(claims[2].holders == V{"sahra-energy"});
  CHECK(claims[3].holders.empty());
  CHECK(claims[3].qualifiers == V{"total"});
}

TEST_CASE("attribution: stakes listed by holder are in one venture", "[names][attribute]") {
  auto claims = ExtractText("共同成立「翠晶先進封裝」（Jadeite Advanced Packaging）。翠晶先進封裝由鑫隆持股60%，Kappeln持股35%。", "zh");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "jadeite-advanced-packaging");
  CHECK(claims[1].subject == "jadeite-advanced-packaging");
  CHECK(claims[1].holders == V{"kappeln"});
  CHECK(claims[1].attribute == "stake");
}

TEST_CASE("attribution: a money figure nothing names continues the figure before it in the sentence", "[names][attribute]") {
  auto claims = ExtractText("美國雲服務商科維納雲（Corvina Cloud）宣布，Corvina Cloud每年將投入250億歐元，4年內累計投資1000億歐元。", "zh");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "corvina-cloud");
  CHECK(claims[1].subject == "corvina-cloud");
  CHECK(claims[1].subject_source == "context");
}

TEST_CASE("attribution: \"the latter\" is whatever was named last", "[names][attribute]") {
  auto claims = ExtractText("Le groupe Telvanta et la société Rimal Power ont signé. "
                            "Cette dernière est dotée de 3 milliards de dollars.",
                            "fr");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "rimal-power");
  CHECK(claims[0].attribute == "funding");
}

TEST_CASE("attribution: a joint venture is what \"the company\" named just after it means", "[names][attribute]") {
  auto claims = ExtractText("Telvanta與Qasr成立合資公司Frostline，該公司資本總額為20億美元。", "zh");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "frostline");
}

TEST_CASE("attribution: a word that counts the partners names the actors named last", "[names][attribute]") {
  auto claims = ExtractText("Qasr Capital與Telvanta簽署協議。此外，雙方另各出資8億美元，成立合資公司Frostline。", "zh");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].holders == V{"qasr", "telvanta"});
  CHECK(claims[0].qualifiers == V{"each"});
  // A count the text does not reach names nobody.
  auto three = ExtractText("Helion Grid signed. The three partners will each invest $3 billion in Baltic Crown.", "en");
  REQUIRE(three.size() == 1);
  CHECK(three[0].holders.empty());
}

TEST_CASE("attribution: a price is about the company bought, not the buyer", "[names][attribute]") {
  struct Row {
    const char* lang;
    std::string text;
    std::string subject;
  };
  const Row rows[] = {
      {"en", "Corwen Pharmaceuticals has agreed to buy Lumeris Oncology for $3 billion in cash.", "lumeris-oncology"},
      {"de", "Der Pharmakonzern Corwen Pharmaceuticals kauft das Bostoner Biotech-Unternehmen Lumeris Oncology "
             "für 3 Milliarden Dollar.",
       "lumeris-oncology"},
      {"fr", "Le groupe Corwen Pharmaceuticals rachète la biotech Lumeris Oncology pour 3 milliards de dollars.",
       "lumeris-oncology"},
      {"zh", "美國科文製藥（Corwen Pharmaceuticals）將以現金收購生技公司「Lumeris Oncology」，交易總價30億美元。",
       "lumeris-oncology"},
      // A passive names the buyer after the purchase word.
      {"en", "Lumeris Oncology was bought by Corwen Pharmaceuticals for $3 billion.", ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto claims = ExtractText(row.text, row.lang);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].subject == row.subject);
  }
}

TEST_CASE("attribution: a clause set off by commas takes the words of the phrase that opens the sentence",
          "[names][attribute]") {
  auto claims = ExtractText("Stargate grows. A first phase, budgeted at $18 billion, would link two sites.", "en");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].qualifiers == V{"initial"});
  // Not across a clause in between: "Today, as planned, ..." is no apposition of "Today".
  auto later = ExtractText("Stargate grows. In total, the plan, budgeted at $18 billion, would link two sites.", "en");
  REQUIRE(later.size() == 1);
  CHECK(later[0].qualifiers != V{"initial"});
}

TEST_CASE("proper names: a Chinese name before a Latin one in parentheses is the tail the text repeats", "[names]") {
  CHECK(Names("國內大廠淡水磁材（Tamsui Magnetics）公告。淡水磁材董事長表示", "zh") ==
        V{"tamsui-magnetics/company", "tamsui-magnetics/company", "tamsui-magnetics/company"});
  // Written once only, the Han words stay unnamed: where the name starts is unknown.
  CHECK(Names("國內大廠淡水磁材（Tamsui Magnetics）公告。", "zh") == V{"tamsui-magnetics/company"});
  // A type word the text repeats ("公司") is no name of that company.
  CHECK(Names("公司将认购股权。英国北岸可再生能源公司（Northcliffe Renewables）上周搁置了项目。", "zh") ==
        V{"northcliffe-renewables/company"});
  // The type word the Chinese name holds types the Latin one.
  CHECK(Names("兩家公司各持有合資公司菲羅利斯（Ferrolys）一半股權。", "zh") == V{"ferrolys/venture"});
}

TEST_CASE("attribution: an agency credited in a dateline is no party", "[names][attribute]") {
  auto claims = ExtractText(
      "EDINBURGH, Jan 20 (Reuters) - Haiyun New Energy has agreed to take a 30% stake in Vantmoor.", "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].text == "30%");
  CHECK(claims[1].subject == "vantmoor");
  CHECK(std::find(claims[1].holders.begin(), claims[1].holders.end(), "reuters") == claims[1].holders.end());
  // Named in the story, the agency is a company like any other.
  auto about = ExtractText("Reuters will invest $2 billion in its newsroom.", "en");
  REQUIRE(about.size() == 1);
  CHECK(about[0].subject == "reuters");
}

TEST_CASE("proper names: curly quotes, and a Latin alias without its type words", "[names]") {
  // 园区 types it; "Campus" stays out of the id, as it does where the finder reads the name.
  CHECK(Names("合建大型数据中心园区“海峡数据园区”（Selat Data Campus）。", "zh") ==
        V{"selat-data/project", "selat-data/project"});
}

TEST_CASE("attribution: a naming word after a comma introduces the name", "[names][attribute]") {
  auto claims = ExtractText("Le projet, baptisé Selat Data Campus, démarrera avec une première tranche de 2 milliards de dollars.",
                            "fr");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "selat-data");
  CHECK(claims[0].qualifiers == V{"initial"});
}

TEST_CASE("attribution: the partners' venture the story never names", "[names][attribute]") {
  auto claims = ExtractText(
      "French recycler Cyclion and Norway's Haldor Metals will build a €1.5bn plant, the companies said. "
      "Cyclion will own 51% of the operating company and Haldor Metals the remaining 49%.",
      "en");
  REQUIRE(claims.size() == 3);
  CHECK(claims[0].subject == "cyclion+haldor-metals");
  CHECK(claims[0].qualifiers == V{"total"});
  CHECK(claims[1].subject == "cyclion+haldor-metals");
  CHECK(claims[1].holders == V{"cyclion"});
  CHECK(claims[2].holders == V{"haldor-metals"});
  // Two companies named together, but nothing refers to a venture or to both.
  auto apart = ExtractText("Analysts said Cyclion and Haldor Metals reported results. Cyclion will invest $2 billion.", "en");
  REQUIRE(apart.size() == 1);
  CHECK(apart[0].subject == "cyclion");
  // "Gemeinsam mit … Huanhai will das Unternehmen": the reference after the
  // partner stands for the company named before it, not for the partner.
  auto fronted = ExtractText("Der Hafenkonzern Elbkai Logistik steigt in Afrika ein: Gemeinsam mit dem chinesischen "
                             "Staatskonzern Huanhai will das Unternehmen ein Terminal bauen. Die erste Ausbaustufe "
                             "soll 750 Millionen Dollar kosten. Elbkai übernimmt 60 Prozent der Betreibergesellschaft.",
                             "de");
  REQUIRE(fronted.size() == 2);
  CHECK(fronted[0].subject == "elbkai-logistik+huanhai");
}

TEST_CASE("attribution: a project the story never names is its company's", "[names][attribute]") {
  auto claims = ExtractText("Die Lingxi Auto AG baut ein Werk in Ungarn. Ungarn unterstützt das Vorhaben mit "
                            "einer Förderung von 120 Millionen Euro.",
                            "de");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "lingxi-auto");
  CHECK(claims[0].attribute == "subsidy");
}

TEST_CASE("attribution: a bare amount in a listing takes the listing's currency", "[names][attribute]") {
  auto claims = ExtractText("Calanque apporte 500 millions de dollars, Straits Fibre 450 millions et Golfe Infra 300 millions.",
                            "fr");
  REQUIRE(claims.size() == 3);
  CHECK(claims[1].unit == "USD");
  CHECK(claims[2].unit == "USD");
  // A count after a figure is no part of a listing.
  auto counts = ExtractText("Le chiffre atteint 500 millions de dollars, soit 3 millions de clients.", "fr");
  CHECK(counts.size() == 1);
}

TEST_CASE("attribution: the amount a change ends at measures what the change does", "[names][attribute]") {
  auto claims = ExtractText("Helion Grid's European revenue rose 14% to €38 billion in 2024.", "en");
  REQUIRE(claims.size() == 3);  // 14%, €38 billion, in 2024
  CHECK(claims[1].attribute == "revenue");
  CHECK(claims[1].subject == "helion-grid");
  // A stake is no change: "a 40% stake, for $2 billion" names a price.
  auto stake = ExtractText("Helion Grid bought a 40% stake for $2 billion.", "en");
  REQUIRE(stake.size() == 2);
  CHECK(stake[1].attribute != "stake");
}

TEST_CASE("attribution: who acts on a sentence's figure acts on the next one, not the project before", "[names][attribute]") {
  auto claims = ExtractText(
      "Die Stellar Aqua Desal AG baut das Werk Cabo Seco. Die Anlage soll 500 Millionen Euro kosten. "
      "Für den Konzern ist das Projekt wichtig. Der Konzern setzte 2,1 Milliarden Euro um und will "
      "zusätzlich eine Milliarde Euro in seine Netze investieren.",
      "de");
  REQUIRE(claims.size() == 3);
  CHECK(claims[0].subject == "cabo-seco");
  CHECK(claims[1].subject == "stellar-aqua-desal");
  CHECK(claims[2].subject == "stellar-aqua-desal");
}

TEST_CASE("attribution: the year a figure is for", "[names][attribute]") {
  auto claims = ExtractText("In 2004, Helion Grid earned $778m on sales of $3.27bn. "
                            "Helion Grid will invest $5bn by 2031. It reported revenue of $4bn in 2005.",
                            "en");
  std::vector<std::string> periods;
  for (const auto& c : claims) {
    if (c.kind != FigureKind::kDate) periods.push_back(c.text + "@" + c.period);
  }
  CHECK(periods == V{"$778m@2004", "$3.27bn@2004", "$5bn@", "$4bn@2005"});
}

TEST_CASE("attribution: a listed entity wins over a guessed name in the context", "[names][attribute]") {
  // "Trumps Mandat" is two capitalised words, but Stargate was named just before.
  auto claims = ExtractText("Stargate wächst. Der Betrag könnte also unter Trumps Mandat 500 Milliarden Dollar erreichen.",
                            "de");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "stargate");
}

// What the name finder learns of words is kept across documents, but only
// for the rules it learned it from: other rules on the same thread, loaded
// before or after, get their own answers.
TEST_CASE("proper names: word roles learned under one rule set do not leak into another", "[names]") {
  std::vector<RuleFile> files = EmbeddedRuleFiles();
  bool changed = false;
  for (auto& f : files) {
    if (f.path != "rules/en/cues.yaml") continue;
    size_t at = f.text.find("  name_words:\n");
    REQUIRE(at != std::string::npos);
    f.text.insert(at + std::string("  name_words:\n").size(), "    helion: stop\n");
    changed = true;
  }
  REQUIRE(changed);
  auto loaded = LoadRules(files);
  REQUIRE(loaded.ok());
  const RuleSet& other = loaded.value();
  const std::string text = "Shares of Helion Grid rose after the regulator spoke.";
  auto names_under = [&](const RuleSet& rules) {
    const LanguageRules& en = *rules.FindLanguage("en");
    std::vector<std::string> out;
    for (const auto& n : FindProperNames(text, text.size(), en, FindEntityMentions(text, text.size(), en, rules)))
      out.push_back(n.id);
    return out;
  };
  CHECK(names_under(testing::EmbeddedRuleSet()) == V{"helion-grid"});
  CHECK(names_under(other) == V{"grid"});
  CHECK(names_under(testing::EmbeddedRuleSet()) == V{"helion-grid"});
}

TEST_CASE("proper names: a capitalised stop word between two words of a name is part of it", "[names]") {
  CHECK(Names("The turbine maker Haiyun New Energy has agreed to the deal.", "en") == V{"haiyun-new-energy/company"});
  // Not in a line of capitals, where every word has them.
  CHECK(Names("KLM TO TAKE STAKE\nThe deal closed.", "en") != V{"klm-to-take/"});
}

TEST_CASE("proper names: a place's own name right before a name word leads that name", "[names]") {
  CHECK(Names("Shares of Munich Re fell after the storm.", "en") == V{"munich-re/"});
  CHECK(Names("The bank lent money to France Telecom last year.", "en") == V{"france-telecom/"});
  // An adjective of a place is no place's name; a possessive and a
  // preposition set the place apart from the name after it.
  CHECK(Names("The reinsurer Swiss Re fell after the storm.", "en") == V{"re/"});
  CHECK(Names("The deal gives Germany's Rheinfels a plant.", "en") == V{"rheinfels/"});
  CHECK(Names("The plant built in Germany Rheinfels will own.", "en") != V{"germany-rheinfels/"});
}

TEST_CASE("proper names: a place's name of two words names no company by its last word", "[names]") {
  CHECK(Names("Crude oil closed at $51.15 in New York on Tuesday.", "en").empty());
  CHECK(Names("The greenback hit $1.35 in thin New York trade.", "en").empty());
}

TEST_CASE("proper names: the state after a dateline's city is part of the dateline", "[names]") {
  auto has = [](const V& names, const std::string& id) { return std::find(names.begin(), names.end(), id) != names.end(); };
  CHECK_FALSE(has(Names("Power news\nWHITE PLAINS, N.Y., March 2 - Shr 1.65 dlrs vs 1.50 dlrs", "en"), "ny/"));
  CHECK_FALSE(has(Names("Power news\nCALGARY, Alberta, Feb 26 - Shr loss 1.98 dlrs", "en"), "alberta/"));
  // Mid-line, a name after a comma is a name.
  CHECK(has(Names("Power news\nThe buyers are Vantmoor, Alberta Gas, and others.", "en"), "alberta-gas/"));
}

TEST_CASE("proper names: Chinese emphasis quotes name nothing unless a type word or Latin name says what", "[names]") {
  CHECK(Names("相比之下，春节楼市日均成交量同比“缩水”超八成。", "zh").empty());
  CHECK(Names("本月长风“地王”诞生后，周边二手房业主普遍开始跳价。", "zh").empty());
  // A short name the story introduces ("下称") is one; this one is brand 瀚通
  // and trade 交投 ("Hantong Transport").
  CHECK(Names("瀚通交通投资集团（下称“瀚通交投”）公告，瀚通交投将取得37.5%股权。", "zh") ==
        V{"hantong-transport/", "hantong-transport/"});
  CHECK(Names("双方成立“小米之家”公司，小米之家将投资20亿元。", "zh") == V{"小米之家/company", "小米之家/company"});
  V latin = Names("双方成立“星辰能源”（Xingchen Energy），星辰能源将投资20亿元。", "zh");
  REQUIRE(latin.size() >= 2);
  CHECK(std::all_of(latin.begin(), latin.end(), [](const std::string& n) { return n.starts_with("xingchen-energy/"); }));
}

TEST_CASE("proper names: a place named as English names it is no company", "[names]") {
  CHECK(Names("The plant near Sur will be Oman's largest such project.", "en").empty());
  CHECK(Names("Exports to Chile rose after the regulator spoke.", "en").empty());
}

TEST_CASE("proper names: a Latin letter alone names nothing", "[names]") {
  CHECK(Names("昨日A股大跌109.58点，跌幅高达4.72%。", "zh").empty());
}

TEST_CASE("attribution: in Chinese the company right before a share of its equity is the subject", "[names][attribute]") {
  auto claims = ExtractText(
      "海韵新能源公司将认购英国布里斯伯恩能源（Brisbourne Energy）旗下万特穆尔（Vantmoor）海上风电项目35%的股权。"
      "万特穆尔项目位于苏格兰。布里斯伯恩能源将继续持有45%的股权。",
      "zh");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "vantmoor");
  CHECK(claims[0].attribute == "stake");
  // The owner named in the company's own phrase holds none of the shares.
  CHECK(claims[0].holders.empty());
  // After a verb of holding, the name before it is the holder.
  CHECK(claims[1].subject != "brisbourne-energy");
  CHECK(claims[1].holders == V{"brisbourne-energy"});
}

TEST_CASE("attribution: a project the sentence names beats the one of the sentences before", "[names][attribute]") {
  auto claims = ExtractText(
      "Haiyun will take a 30% stake in Vantmoor, a wind farm. The project is expected to cost $4.2 billion. "
      "A week earlier rival Northcliffe Renewables shelved its own Dogger project, estimated at $3 billion.",
      "en");
  REQUIRE(claims.size() == 3);
  CHECK(claims[1].subject == "vantmoor");
  CHECK(claims[2].subject == "dogger");
}

TEST_CASE("proper names: an id leaves out accents, which English copy drops", "[names]") {
  CHECK(Names("Le motoriste Lacombe Aéro investira davantage.", "fr") == V{"lacombe-aero/"});
  CHECK(Names("The engine maker Lacombe Aero will invest more.", "en") == V{"lacombe-aero/company"});
}

TEST_CASE("attribution: a project the sentence brings in unnamed takes no subject from before", "[names][attribute]") {
  auto claims = ExtractText(
      "Heidebach hält an der Gemeinschaftsfirma Zellwerk Lausitz 51 Prozent. "
      "Im Januar hatte der Wettbewerber Norrcell ein ähnliches Projekt abgesagt, in das 3 Milliarden Euro fließen sollten.",
      "de");
  REQUIRE(claims.size() == 2);
  // After a type word, a compound on a type word is part of the name.
  CHECK(claims[0].subject == "zellwerk-lausitz");
  CHECK(claims[1].text == "3 Milliarden Euro");
  CHECK(claims[1].subject.empty());
}

TEST_CASE("attribution: money an institution gives goes to the project in context", "[names][attribute]") {
  auto claims = ExtractText(
      "Transvar Gaz, Rete Padana et Isarnetz créent la coentreprise Azurline. "
      "La Commission européenne a promis une aide pouvant atteindre 250 millions d'euros.",
      "fr");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "azurline");
  CHECK(claims[0].holders == V{"eu-commission"});
  CHECK(claims[0].attribute == "subsidy");
  CHECK(claims[0].qualifiers == V{"up_to"});
}

TEST_CASE("proper names: a naming word after a German name introduces and types it", "[names]") {
  CHECK(Names("Die Partner stecken Geld in das Azurline genannte Vorhaben.", "de") == V{"azurline/project"});
}

TEST_CASE("attribution: a project reference before the story names the project means the one it names", "[names][attribute]") {
  auto claims = ExtractText(
      "德國萊赫韋克鋼鐵公司（Lechwerk Stahl）與法國瓦爾庫爾鍛造公司（Forges de Valcourt）宣布合資興建鋼廠。"
      "該計畫首期投資17億歐元。兩家公司各持有合資公司菲羅利斯（Ferrolys）一半股權。法國政府將提供8.5億歐元補助。",
      "zh");
  REQUIRE(!claims.empty());
  CHECK(claims[0].text == "17億歐元");
  CHECK(claims[0].subject == "ferrolys");
}

TEST_CASE("attribution: a share price move is about the company, a loan is funding, a session's turnover is trading",
          "[names][attribute]") {
  auto shares = ExtractText("Shares in Cairn Energy rose 6% after the oil find.", "en");
  REQUIRE(shares.size() == 1);
  CHECK(shares[0].subject == "cairn-energy");
  auto loan = ExtractText("The Hong Kong government is lending HK$1.5 billion to Tai Fung Holdings.", "en");
  REQUIRE(loan.size() == 1);
  CHECK(loan[0].attribute == "funding");
  auto turnover = ExtractText("誠達能源股價上漲8.7%，成交額約4.3億港元。", "zh");
  REQUIRE(turnover.size() == 2);
  CHECK(turnover[1].attribute == "trading");
}

TEST_CASE("attribution: a clause that opens with its amount names who acts on it after it", "[names][attribute]") {
  auto claims = ExtractText(
      "Der Zulieferer Lacombe Aéro baut ein Werk in Taiwan. "
      "Insgesamt 1,5 Milliarden Euro will der Konzern bis 2031 in die Fabrik investieren.",
      "de");
  REQUIRE(!claims.empty());
  CHECK(claims[0].text == "1,5 Milliarden Euro");
  CHECK(claims[0].subject == "lacombe-aero");
  // A name only guessed there is no such actor: "£50m for Gerrard?".
  auto guessed = ExtractText("£50m for Gerrard? The club would not say.", "en");
  REQUIRE(guessed.size() == 1);
  CHECK(guessed[0].subject.empty());
}

TEST_CASE("proper names: a title compound leading a run makes it a person", "[names]") {
  CHECK(Names("Das sagte Lechwerk-Chefin Dagmar Hollweg am Donnerstag.", "de").empty());
  CHECK(Names("Das sagte Vorstandschefin Hélène Marty am Donnerstag.", "de").empty());
}

TEST_CASE("proper names: a short word ending in a type word is part of the name, a long compound describes it", "[names]") {
  CHECK(Names("Der Saarbrücker Stahlkonzern Lechwerk Stahl und der Hersteller Valcourt Forges bauen.", "de") ==
        V{"lechwerk-stahl/company", "valcourt-forges/company"});
}

TEST_CASE("proper names: a Chinese company named by a brand and a trade word alone", "[names]") {
  // Its id is the brand in pinyin and the trade in English, as the company
  // spells itself in English copy.
  CHECK(Names("中国风电整机制造商海韵新能源发布公告。海韵新能源董事长表示", "zh") ==
        V{"haiyun-new-energy/company", "haiyun-new-energy/company"});
  CHECK(Names("中国黄海港口集团持股35%，黄海港口集团出资5.6亿美元。", "zh") ==
        V{"huanghai-port/company", "huanghai-port/company"});
  // Written once, or as what is built, it names nothing.
  CHECK(Names("海韵新能源发布公告。", "zh").empty());
  CHECK(Names("在大分建功率半导体工厂。碳化硅功率半导体工厂将投产。", "zh").empty());
}

TEST_CASE("proper names: a Chinese name before a Latin one, without its type word or shortened", "[names]") {
  // "马洛港口" is the name of "马洛港口公司（Marlowe Ports）" without "公司".
  CHECK(Names("由英国马洛港口公司（Marlowe Ports）牵头。马洛港口持股45%。", "zh") ==
        V{"marlowe-ports/company", "marlowe-ports/company", "marlowe-ports/company"});
  // "誠達" is "誠達能源" shortened to its first two characters.
  CHECK(Names("電池大廠誠達能源（Chengda Energy）宣布。誠達能源表示，誠達持股49%。", "zh") ==
        V{"chengda-energy/company", "chengda-energy/company", "chengda-energy/company", "chengda-energy/company"});
}

TEST_CASE("attribution: money a government the story does not name gives is a subsidy to what the story is about",
          "[names][attribute]") {
  struct Case {
    const char* lang;
    std::string text;
  };
  const Case cases[] = {
      {"de",
       "Der Elektronikkonzern Hoshimura Electric baut für 480 Milliarden Yen ein Werk. "
       "Bis zu 120 Milliarden Yen (740 Millionen Euro) der Summe übernimmt der japanische Staat."},
      {"en",
       "Hoshimura Electric will spend ¥480 billion on a plant. "
       "Japan's trade ministry will cover up to ¥120 billion ($800 million) of the cost."},
      {"fr",
       "Hoshimura Electric investit 480 milliards de yens dans une usine. "
       "Le ministère japonais de l'Économie prendra en charge jusqu'à 120 milliards de yens (740 millions d'euros)."},
      // The cue stands after the conversion, which shares it.
      {"zh", "星村电机（Hoshimura Electric）将投资4800亿日元建厂。日本经济产业省将为该项目提供最高1200亿日元（约57.7亿元人民币）的补贴。"},
  };
  for (const auto& c : cases) {
    INFO(c.lang);
    auto claims = ExtractText(c.text, c.lang);
    REQUIRE(claims.size() == 3);
    CHECK(claims[1].subject == "hoshimura-electric");
    CHECK(claims[1].attribute == "subsidy");
    CHECK(claims[1].qualifiers == V{"up_to"});
  }
  auto venture = ExtractText(
      "Heidebach hält an der Gemeinschaftsfirma Zellwerk Lausitz 51 Prozent. "
      "Bund und Land Brandenburg haben Zuschüsse von zusammen 380 Millionen Euro in Aussicht gestellt.",
      "de");
  REQUIRE(venture.size() == 2);
  CHECK(venture[1].subject == "zellwerk-lausitz");
  CHECK(venture[1].attribute == "subsidy");
  // A government the sentence sues gives nothing.
  auto sued = ExtractText("Yukos wants $5 billion. It has also threatened to sue the Russian government for $28bn.", "en");
  REQUIRE(sued.size() == 2);
  CHECK(sued[1].attribute != "subsidy");
}

TEST_CASE("attribution: past a figure that measures something else, a listing goes on only where it names an actor",
          "[names][attribute]") {
  auto growth = ExtractText("誠達能源（Chengda Energy）目前持有越南子公司70%股權，合併營收新台幣865億元，年增14%。", "zh");
  REQUIRE(growth.size() == 3);
  CHECK(growth[0].attribute == "stake");
  // A subsidiary the text does not name is no company it names.
  CHECK(growth[0].subject.empty());
  CHECK(growth[2].text == "14%");
  CHECK(growth[2].attribute.empty());
  auto listing = ExtractText(
      "SAM détiendra 20 % du terminal Levrier et y apportera 320 millions de dollars, aux côtés de Marlowe (45 %).", "fr");
  REQUIRE(listing.size() == 3);
  CHECK(listing[2].attribute == "stake");
}

TEST_CASE("attribution: a Chinese share of a company the text describes but does not name", "[names][attribute]") {
  auto claims = ExtractText(
      "海韵新能源发布公告称，公司将认购英国布里斯伯恩能源（Brisbourne Energy）旗下万特穆尔（Vantmoor）海上风电项目35%的股权。"
      "万特穆尔项目位于苏格兰。海韵新能源目前持有福建平潭三期海上风电场49%的股权。",
      "zh");
  REQUIRE(claims.size() == 2);
  // The company before the phrase that names whose shares they are holds them.
  CHECK(claims[0].subject == "vantmoor");
  CHECK(claims[0].holders == V{"haiyun-new-energy"});
  CHECK(claims[1].subject.empty());
}

TEST_CASE("attribution: a stake of the venture the story never names is the partners' one", "[names][attribute]") {
  auto en = ExtractText(
      "Morgental Pharma and Tai Fung Holdings will jointly build a biologics campus. "
      "Morgental will own 60% of the venture and Tai Fung the remaining 40%.",
      "en");
  REQUIRE(en.size() == 2);
  CHECK(en[0].subject == "morgental-pharma+tai-fung");
  CHECK(en[0].holders == V{"morgental-pharma"});
  CHECK(en[1].holders == V{"tai-fung"});
  auto de = ExtractText(
      "Morgental Pharma errichtet gemeinsam mit Tai Fung den Harbourgate Biologics Campus. "
      "Morgental übernimmt 60 Prozent des Gemeinschaftsunternehmens.",
      "de");
  REQUIRE(de.size() == 1);
  CHECK(de[0].subject == "harbourgate-biologics");
  CHECK(de[0].attribute == "stake");
  CHECK(de[0].holders == V{"morgental-pharma"});
}

TEST_CASE("attribution: a percentage bought is a stake, and who holds a stake is not what it is in", "[names][attribute]") {
  auto bought = ExtractText("Italy's Illva Saronno has agreed to buy 33% of Changyu, the largest wine maker.", "en");
  REQUIRE(bought.size() == 1);
  CHECK(bought[0].attribute == "stake");
  // A purchase further from the percentage says nothing of it.
  auto moved = ExtractText("Shares of Rossignol have jumped 15% on speculation that it will be bought by Quiksilver.", "en");
  REQUIRE(moved.size() == 1);
  CHECK(moved[0].attribute != "stake");
  // Money stays a price.
  auto price = ExtractText("Corwen has agreed to buy Lumeris Oncology for $3 billion.", "en");
  REQUIRE(price.size() == 1);
  CHECK(price[0].attribute == "price");
  auto owner = ExtractText("Mr Ghosn will run Renault, which owns 44% of the Japanese carmaker.", "en");
  REQUIRE(owner.size() == 1);
  CHECK(owner[0].subject != "renault");
}

TEST_CASE("attribution: a listing item that names its own holder takes none from the item before", "[names][attribute]") {
  auto claims = ExtractText(
      "Ka Wui Holdings and Féerval will build a park. The partners will contribute in line with their holdings: "
      "Ka Wui 6 billion yuan, the city 2.4 billion yuan and Féerval the remaining 3.6 billion.",
      "en");
  REQUIRE(claims.size() == 3);
  CHECK(claims[0].holders == V{"ka-wui"});
  CHECK(claims[1].holders.empty());
  CHECK(claims[2].holders == V{"feerval"});
}

TEST_CASE("attribution: partners joined by 'with' after the verb build the project together", "[names][attribute]") {
  auto claims = ExtractText(
      "Der Konzern Aquenta baut gemeinsam mit dem Anlagenbauer Hongquan Engineering eine Anlage im Oman. "
      "Das Projekt habe ein Volumen von 2,1 Milliarden Dollar. 60 Prozent an der Projektgesellschaft hält Aquenta.",
      "de");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "aquenta+hongquan-engineering");
  CHECK(claims[0].attribute == "investment");
  CHECK(claims[1].subject == "aquenta+hongquan-engineering");
  // A clause that opens with its figure names the holder after it.
  auto after = ExtractText(
      "Aquenta Water baut die Entsalzungsanlage Sur Desal. 60 Prozent an der Projektgesellschaft hält Aquenta Water.", "de");
  REQUIRE(after.size() == 1);
  CHECK(after[0].subject == "sur-desal");
  CHECK(after[0].holders == V{"aquenta-water"});
}

TEST_CASE("attribution: money into a project of the company's own, or a rival's, is about no project the story names",
          "[names][attribute]") {
  auto own = ExtractText(
      "Opalis baut das Netz Rheinfaser für 2,1 Milliarden Euro. "
      "In Frankreich investiert der Konzern jährlich rund 1,4 Milliarden Euro in das eigene Netz.",
      "de");
  REQUIRE(own.size() == 2);
  CHECK(own[0].subject == "rheinfaser");
  CHECK(own[1].subject.empty());
  auto rival = ExtractText(
      "Serrault construira la ligne à grande vitesse Argane pour 7,5 milliards d'euros. "
      "Son concurrent Bréhat Rail avait obtenu un contrat de 1,1 milliard d'euros au Sénégal.",
      "fr");
  REQUIRE(rival.size() == 2);
  CHECK(rival[0].subject == "argane");
  CHECK(rival[1].subject.empty());
}

TEST_CASE("attribution: a reference with three describing words before a name introduces it", "[names][attribute]") {
  // "le fabricant" is no second mention of Vautrin: it describes Kelvast
  // ("suédois" is no Chinese to be read without spaces).
  auto claims = ExtractText(
      "L'équipementier Vautrin et le fabricant suédois de moteurs Kelvast Drives vont investir 1,2 milliard "
      "d'euros dans une usine. Vautrin détiendra 60 % de la coentreprise, baptisée Ostral.",
      "fr");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "ostral");
  CHECK(claims[0].holders == V{"vautrin", "kelvast-drives"});
  CHECK(claims[1].subject == "ostral");
  CHECK(claims[1].holders == V{"vautrin"});
}

TEST_CASE("attribution: partners named after the amount that opens the clause put it into their venture",
          "[names][attribute]") {
  // A trade before a name types it and is no part of it.
  CHECK(Names("Der Autobauer Wendrich und der Zellhersteller Qiantang Power bauen ein Werk.", "de") ==
        V{"wendrich/company", "qiantang-power/company"});
  auto claims = ExtractText(
      "KASSEL (dpa) - 2,8 Milliarden Euro wollen der Autobauer Wendrich und der Zellhersteller Qiantang Power "
      "in ein Werk bei Kassel stecken. An dem Gemeinschaftsunternehmen Nordzell hält Wendrich 60 Prozent.",
      "de");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "nordzell");
  CHECK(claims[1].subject == "nordzell");
  CHECK(claims[1].holders == V{"wendrich"});
}

TEST_CASE("attribution: 'the plant' is the story's plant, and what a company builds of its own is another",
          "[names][attribute]") {
  // No project is named: "das Werk" is the one its company builds.
  auto unnamed = ExtractText(
      "Das Start-up Vorland Stahl hat die Finanzierung für ein Stahlwerk gesichert. "
      "Das Werk soll 21 Milliarden Kronen kosten.",
      "de");
  REQUIRE(unnamed.size() == 1);
  CHECK(unnamed[0].subject == "vorland-stahl");
  CHECK(unnamed[0].attribute == "cost");
  // A stake that names nothing it is in is one in the story's plant.
  auto stake = ExtractText(
      "Das Start-up Vorland Stahl hat die Finanzierung für ein Stahlwerk gesichert. "
      "Das Werk soll 21 Milliarden Kronen kosten. Der Industriekonzern Halvik steigt mit 20 Prozent ein.",
      "de");
  REQUIRE(stake.size() == 2);
  CHECK(stake[1].subject == "vorland-stahl");
  CHECK(stake[1].attribute == "stake");
  CHECK(stake[1].holders == V{"halvik"});
  // "the plant" takes the project named before it, never a place money went to.
  auto named = ExtractText(
      "Corvane will invest $2 billion in Oman through the venture Sahel Forge. The plant will cost $2 billion.", "en");
  REQUIRE(named.size() == 2);
  CHECK(named[1].subject == "sahel-forge");
  auto own = ExtractText(
      "Le projet Rivamont coûtera 2 milliards d'euros. Le groupe Tessard attend le feu vert pour sa propre usine, "
      "un projet de 600 millions d'euros.",
      "fr");
  REQUIRE(own.size() == 2);
  CHECK(own[0].subject == "rivamont");
  CHECK(own[1].subject.empty());
}

TEST_CASE("extract: Chinese names of Nordic and other currencies", "[extract]") {
  // Before these were listed, "380亿" took the yuan of the conversion after it.
  auto claims = ExtractText("该项目总投资380亿瑞典克朗（约合人民币260亿元），另获5亿挪威克朗贷款和3亿茲羅提补贴。", "zh");
  REQUIRE(claims.size() == 4);
  CHECK(claims[0].text == "380亿瑞典克朗");
  CHECK(claims[0].unit == "SEK");
  CHECK(claims[1].unit == "CNY");
  CHECK(claims[2].unit == "NOK");
  CHECK(claims[3].unit == "PLN");
}

TEST_CASE("attribution: three partners named as a list build the unnamed project together", "[names][attribute]") {
  auto claims = ExtractText(
      "Serrin Rail, Vollmark Bau and Lianhe Engineering will build a high-speed line. "
      "The project will cost 7.5 billion euros.",
      "en");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "lianhe-engineering+serrin-rail+vollmark-bau");
  // A Chinese name with its Latin one in parentheses, then the joiner; a
  // name that ends in a trade is a company whatever type word it holds.
  CHECK(Names("北辰码头物流（Beichen Logistics）与寰宇港口集团（Huanyu Port Group）合作建设码头。", "zh") ==
        V{"beichen-logistics/company", "huanyu-port/company"});
}

TEST_CASE("attribution: the price and the buyers' shares of it are about the company the story says is bought",
          "[names][attribute]") {
  auto de = ExtractText(
      "Die Beteiligungsfirma Varnholt Capital übernimmt gemeinsam mit dem Pensionsfonds Birchwood die Klinikkette "
      "Solvane. "
      "Der Kaufpreis liegt bei 2,4 Milliarden Euro. Die beiden Partner bringen jeweils 1,2 Milliarden Euro auf.",
      "de");
  REQUIRE(de.size() == 2);
  CHECK(de[0].subject == "solvane");
  CHECK(de[0].attribute == "price");
  CHECK(de[1].subject == "solvane");
  // The company bought is none of "die beiden Partner".
  CHECK(de[1].holders == V{"varnholt", "birchwood"});
  auto en = ExtractText(
      "Birchwood Pension and Varnholt Capital agreed to buy clinic operator Solvane in a deal worth 2.4 billion "
      "euros. Birchwood will put up 1.4 billion euros, a person familiar with the matter said.",
      "en");
  REQUIRE(en.size() == 2);
  CHECK(en[0].subject == "solvane");
  CHECK(en[0].attribute == "price");
  CHECK(en[1].subject == "solvane");
  CHECK(en[1].attribute == "contribution");
  CHECK(en[1].holders == V{"birchwood-pension"});
}

TEST_CASE("attribution: the sentence's own project, and money an actor spends to serve a project",
          "[names][attribute]") {
  // A compound before the name types it, whatever the name's last word says.
  CHECK(Names("Der Fernleitungsnetzbetreiber Harlund Netz baut.", "de") == V{"harlund/company"});
  auto de = ExtractText(
      "Der Fernleitungsnetzbetreiber Harlund Netz und der Versorger Kettila Energia wollen eine Leitung bauen. "
      "Die Baukosten für die Pipeline Nordvik beziffern die Partner auf 3,1 Milliarden Euro. "
      "Der Netzbetreiber investiert parallel 900 Millionen Euro in eigene Gasleitungen.",
      "de");
  REQUIRE(de.size() == 2);
  CHECK(de[0].subject == "nordvik");
  // "Der Netzbetreiber" is the one the story called so, not the one named last.
  CHECK(de[1].subject == "harlund");
  auto en = ExtractText(
      "The Nordvik pipeline will cost 3.1 billion euros. Kettila Energia said it would also spend 1.2 billion "
      "euros on new wind farms to feed the line.",
      "en");
  REQUIRE(en.size() == 2);
  CHECK(en[0].subject == "nordvik");
  CHECK(en[1].subject == "kettila-energia");
}

TEST_CASE("attribution: a share someone takes of a company is a stake, and the listing goes on", "[names][attribute]") {
  auto claims = ExtractText(
      "Oravia Telecom has agreed to sell 49% of its mobile tower business TowerLink to a group led by Grenmoor "
      "Capital. Grenmoor will take 34% of "
      "TowerLink and Taiwan's Yulong Life Insurance 15%, with Oravia keeping a 51% stake.",
      "en");
  REQUIRE(claims.size() == 4);
  CHECK(claims[1].subject == "towerlink");
  CHECK(claims[1].attribute == "stake");
  CHECK(claims[1].holders == V{"grenmoor"});
  CHECK(claims[2].subject == "towerlink");
  CHECK(claims[3].subject == "towerlink");
  CHECK(claims[3].holders == V{"oravia-telecom"});
  // Of a group of people or things, a percentage is no stake.
  auto survey = ExtractText("A survey by Veltrum found that 90% of PCs are infected.", "en");
  REQUIRE(survey.size() == 1);
  CHECK(survey[0].attribute.empty());
}

TEST_CASE("attribution: a share sold is not its seller's, and one someone takes follows the listing",
          "[names][attribute]") {
  auto fr = ExtractText(
      "Le groupe Oravia a annoncé la cession de 49 % de sa filiale TowerLink. Le fonds Grenmoor, qui prendra 34 %, "
      "et l'assureur Yulong Life, qui en prendra 15 %, forment le consortium.",
      "fr");
  REQUIRE(fr.size() == 3);
  CHECK(fr[0].subject == "towerlink");
  CHECK(fr[0].holders.empty());
  CHECK(fr[1].attribute == "stake");
  CHECK(fr[1].subject == "towerlink");
  CHECK(fr[1].holders == V{"grenmoor"});
  // "共" (in all) between the company and its shares; who a share is bought
  // from ("向…Oravia收購") holds none of it.
  auto zh = ExtractText("兩家公司向電信商Oravia收購旗下子公司TowerLink共49%股權。", "zh");
  REQUIRE(zh.size() == 1);
  CHECK(zh[0].subject == "towerlink");
  CHECK(zh[0].holders.empty());
}

TEST_CASE("proper names: a compound on a person's title, a city's adjective before a compound type word",
          "[names]") {
  CHECK(Names("Das sagte die Stadtpräsidentin Clara Moser am Mittwoch in Bern.", "de").empty());
  CHECK(Names("Die Betreibergesellschaft des geplanten Berner Fussballstadions Arena Gurten wächst.", "de") ==
        V{"arena-gurten/project"});
}

TEST_CASE("attribution: who buys after a passive ('bought by') is no company the story says is bought",
          "[names][attribute]") {
  auto claims = ExtractText(
      "The maize has been bought by the Corvel Marketing Board at guaranteed prices. "
      "The price of 180 dollars a tonne would be paid this year.",
      "en");
  REQUIRE(claims.size() == 2);  // and "this year"
  CHECK(claims[0].attribute == "price");
  CHECK(claims[0].subject.empty());
}

TEST_CASE("proper names: a quoted name after a long compound on a type word, datelines, hyphenated adjectives",
          "[names]") {
  CHECK(Names("Der Konzern baut die Hochgeschwindigkeitsstrecke \u201EArgane\u201C zwischen Marrakesch und Agadir.", "de") ==
        V{"argane/project"});
  CHECK(Names("MAINZ (dpa-AFX) - Der Konzern Opalis baut.", "de") == V{"opalis/company"});
  CHECK(Names("With its shares closing at 873p, Bracknell-based Exel is valued highly.", "en") == V{"exel/"});
}

TEST_CASE("attribution: partners with a description between them, the dots of initials included", "[names][attribute]") {
  auto claims = ExtractText(
      "Polish utility Wartan Energia and U.S. reactor developer Orrinford Nuclear will build four reactors "
      "at a cost of 28 billion zlotys, the companies said. "
      "Wartan will hold 70% of the project company.",
      "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "orrinford-nuclear+wartan-energia");
  CHECK(claims[0].holders == std::vector<std::string>{"wartan-energia", "orrinford-nuclear"});
  CHECK(claims[1].subject == "orrinford-nuclear+wartan-energia");
  CHECK(claims[1].holders == std::vector<std::string>{"wartan-energia"});
}

TEST_CASE("proper names: in Chinese, a date glued to a Latin name is no part of it; a model number is", "[names]") {
  CHECK(Names("波兰能源企业Wartan Energia与美国开发商Orrinford Nuclear16日宣布合作。", "zh") ==
        V{"wartan-energia/", "orrinford-nuclear/"});
  CHECK(Names("合资公司命名为Skarvik H2，总投资额32亿欧元。", "zh") == V{"skarvik-h2/venture"});
  CHECK(Names("松下LX3仅售3650元。", "zh") == V{"lx3/"});
}

TEST_CASE("attribution: what one partner puts up goes into what the partners build", "[names][attribute]") {
  auto claims = ExtractText(
      "Haldrup Chemie and Ganli New Materials will invest 2.4 billion euros in a lithium refinery, "
      "the companies said. Haldrup will contribute 1.3 billion euros and Ganli 800 million euros.",
      "en");
  REQUIRE(claims.size() == 3);
  for (const auto& c : claims) CHECK(c.subject == "ganli-new-materials+haldrup-chemie");
  CHECK(claims[1].holders == std::vector<std::string>{"haldrup-chemie"});
  CHECK(claims[2].holders == std::vector<std::string>{"ganli-new-materials"});
}

TEST_CASE("attribution: a fronted 'gemeinsam mit' names partners, and 'der Konzern' the one a compound described",
          "[names][attribute]") {
  auto claims = ExtractText(
      "Der Spezialchemiekonzern Haldrup steigt ein. Gemeinsam mit dem chinesischen Lithiumverarbeiter Ganli New "
      "Materials will der Konzern eine Raffinerie errichten. Die Investitionen summieren sich auf 2,4 Milliarden "
      "Euro, wovon Haldrup 1,3 Milliarden Euro trägt. An dem Gemeinschaftsunternehmen hält Haldrup 60 Prozent.",
      "de");
  REQUIRE(claims.size() == 3);
  for (const auto& c : claims) CHECK(c.subject == "ganli-new-materials+haldrup");
  CHECK(claims[1].holders == std::vector<std::string>{"haldrup"});
  CHECK(claims[2].holders == std::vector<std::string>{"haldrup"});
  CHECK(claims[2].attribute == "stake");
}

TEST_CASE("attribution: a type word of the name's own outweighs one around its first mention", "[names][attribute]") {
  // "group wins Pasig" made Pasig a company; "the Pasig Line" is a project.
  auto en = ExtractText(
      "French-led group wins Pasig metro line concession\n\n"
      "A consortium will build the Pasig Line. The line will cost $4.8 billion in all.",
      "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0].subject == "pasig");
  // The Latin name in parentheses drops its type word, as English copy does.
  auto zh = ExtractText("聯盟取得馬尼拉帕西格捷運線（Pasig Line）特許經營權。該路線全長22公里，總投資48億美元。", "zh-Hant");
  REQUIRE(zh.size() == 1);
  CHECK(zh[0].subject == "pasig");
  auto fr = ExtractText(
      "Corvane a remporté la concession de la future ligne Pasig du métro de Manille, un projet de 22 kilomètres "
      "dont le coût total est estimé à 4,8 milliards de dollars.",
      "fr");
  REQUIRE(fr.size() == 1);
  CHECK(fr[0].subject == "pasig");
}

TEST_CASE("proper names: a brand and trade written once is a name where a word for a company introduces it",
          "[names]") {
  CHECK(Names("【中央社台北9日電】晶圓代工廠晶宸半導體今天宣布擴建工廠。", "zh") ==
        V{"jingchen-semiconductor/company"});
  // Without such a word, once is not enough: a trade before a noun is no name.
  CHECK(Names("全球晶宸半導體需求回升。", "zh").empty());
}

TEST_CASE("attribution: a grant where the story names no project is not about who grants it", "[names][attribute]") {
  auto claims = ExtractText(
      "Jingchen Semiconductor will expand its wafer plant in Kitakyushu. "
      "The World Bank will provide a grant of $420 million.",
      "en");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].attribute == "subsidy");
  CHECK(claims[0].subject != "world-bank");
}

TEST_CASE("proper names: a city's adjective and a type word describe a thing and name none", "[names]") {
  CHECK(Names("Hongkonger Investor steigt bei Genfer Stadion ein.", "de").empty());
  // A name after them is still one.
  CHECK(Names("Der Bau des Genfer Fussballstadions Arena Salève beginnt.", "de") == V{"arena-saleve/project"});
}

TEST_CASE("attribution: a state or city government the rules place is a party of its own, in every language",
          "[names][attribute]") {
  auto de = ExtractText(
      "Vellmar Netz und Suvanto Energia bauen die Pipeline Baltyra. "
      "An der Projektgesellschaft hält Vellmar 50 Prozent, Suvanto 35 Prozent und der finnische Staat 15 Prozent.",
      "de");
  REQUIRE(de.size() == 3);
  CHECK(de[2].holders == std::vector<std::string>{"finland"});
  CHECK(de[2].subject == "baltyra");
  auto en = ExtractText("The Baltyra pipeline will be owned by Vellmar, with Suvanto holding 35% and the Finnish state 15%.",
                        "en");
  REQUIRE(en.size() == 2);
  CHECK(en[1].holders == std::vector<std::string>{"finland"});
  auto zh = ExtractText("项目公司中，Vellmar持股50%，芬兰政府持股15%。", "zh-Hans");
  REQUIRE(zh.size() == 2);
  CHECK(zh[1].holders == std::vector<std::string>{"finland"});
  // It gives money and holds it; what the money is about is never it.
  auto grant = ExtractText("Die Stadt Genf trägt 120 Millionen Franken zum Stadion Arena Salève bei.", "de");
  REQUIRE(grant.size() == 1);
  CHECK(grant[0].subject != "geneva");
}

TEST_CASE("attribution: a share sold of a company is a stake in it, and what it sells for is its price",
          "[names][attribute]") {
  auto claims = ExtractText(
      "Tarvela Telecom has agreed to sell 49% of its mobile tower business TorreNova to a consortium led by "
      "Brightmoor for 2.3 billion euros.",
      "en");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject == "torrenova");
  CHECK(claims[0].attribute == "stake");
  CHECK(claims[0].holders.empty());  // the seller holds it no more
  CHECK(claims[1].subject == "torrenova");
  CHECK(claims[1].attribute == "price");
  CHECK(claims[1].holders == std::vector<std::string>{"brightmoor"});
  // A clause between the stake and its price, in French.
  auto fr = ExtractText(
      "Le groupe a annoncé la cession de 49 % de sa filiale TorreNova, qui détient quelque 8 400 pylônes, "
      "pour 2,3 milliards d'euros.",
      "fr");
  REQUIRE(fr.size() == 2);
  CHECK(fr[1].subject == "torrenova");
  CHECK(fr[1].attribute == "price");
  // Money paid for a stake named after it is its price; the deal's
  // valuation is not.
  auto paid = ExtractText(
      "Jinlü Travel Group is paying €180m for 24.9% of Azuréa, in a deal that values the carrier at about €720m.",
      "en");
  REQUIRE(paid.size() == 3);
  CHECK(paid[0].subject == "azurea");
  CHECK(paid[0].attribute == "price");
  CHECK(paid[0].holders == std::vector<std::string>{"jinlu-travel"});
  CHECK(paid[1].attribute == "stake");
  CHECK(paid[2].attribute == "valuation");
  // A share of sales is none.
  auto more = ExtractText("DaimlerChrysler has sold 2.1% more cars in 2004.", "en");
  REQUIRE(more.size() == 2);  // and 2004
  CHECK(more[0].attribute.empty());
}

TEST_CASE("attribution: 'le stade', 'das Stadion', 'the stadium' refer to the project named before", "[names][attribute]") {
  auto fr = ExtractText(
      "Tak Sing entre au capital de la société qui exploitera le projet Arena Salève. "
      "Le coût du stade est estimé à 480 millions de francs.",
      "fr");
  REQUIRE(fr.size() == 1);
  CHECK(fr[0].subject == "arena-saleve");
  auto en = ExtractText("Tak Sing will invest in the Kestrel project. The stadium will cost CHF 480 million.", "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0].subject == "kestrel");
}

TEST_CASE("attribution: a stake in 'dem erweiterten Werk' is one in the plant the story is about", "[names][attribute]") {
  // The plant has no name: it is the project of the company behind it.
  auto de = ExtractText(
      "Jährlich rund 300 Milliarden Yen will der Chipfertiger Helion Grid in seine Chipfabrik im japanischen "
      "Kitakyushu stecken. Das teilte der Konzern am Montag mit.\n\n"
      "Helion Grid hält an dem erweiterten Werk 80 Prozent, der japanische Partner Vantmoor Devices 20 Prozent.",
      "de");
  REQUIRE(de.size() == 4);  // and "am Montag"
  CHECK(de[2].text == "80 Prozent");
  CHECK(de[2].subject == "helion-grid");
  CHECK(de[3].subject == "helion-grid");
  CHECK(de[3].holders == std::vector<std::string>{"vantmoor-devices"});
}

TEST_CASE("attribution: a buyer's stake is in what the story's deal sells", "[names][attribute]") {
  auto en = ExtractText(
      "Orvanta sells half of toll road\n\n"
      "MADRID, March 9 (Reuters) - Spanish infrastructure group Orvanta Infraestructuras agreed to sell half of "
      "Ruta Austral, the operator of a toll motorway, to China's Hantong Transport and Canada's Rideau Pension.\n\n"
      "Hantong will take 37.5%, while Rideau will buy 12.5% for $400 million.",
      "en");
  REQUIRE(en.size() == 4);  // and "March 9"
  CHECK(en[1].subject == "ruta-austral");
  CHECK(en[1].holders == std::vector<std::string>{"hantong-transport"});
  CHECK(en[2].subject == "ruta-austral");
  CHECK(en[2].holders == std::vector<std::string>{"rideau-pension"});
  // Who holds the stake pays its price.
  CHECK(en[3].attribute == "price");
  CHECK(en[3].subject == "ruta-austral");
  CHECK(en[3].holders == std::vector<std::string>{"rideau-pension"});
}

TEST_CASE("attribution: a state that subsidises is the holder of its subsidy, a word between or not", "[names][attribute]") {
  auto fr = ExtractText(
      "Titre\n\nLe groupe Hallerwerke construit le réseau Voltfeld. "
      "L'État fédéral allemand subventionnera le projet à hauteur de 300 millions d'euros.",
      "fr");
  REQUIRE(fr.size() == 1);
  CHECK(fr[0].attribute == "subsidy");
  CHECK(fr[0].holders == std::vector<std::string>{"germany"});
  auto en = ExtractText(
      "Title\n\nHelion Grid builds the Kestrel plant. The German federal government will subsidise it with "
      "300 million euros.",
      "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0].attribute == "subsidy");
  CHECK(en[0].holders == std::vector<std::string>{"germany"});
  // A country after a verb is no government's place.
  auto said = ExtractText(
      "Title\n\nHelion Grid builds the Kestrel plant. The government said Germany will subsidise it with "
      "300 million euros.",
      "en");
  REQUIRE(said.size() == 1);
  CHECK(said[0].holders.empty());
}

TEST_CASE("attribution: 'the Ohio-based company' refers to the company named before", "[names][attribute]") {
  auto en = ExtractText(
      "Deal news\n\nShares of Helion Grid Inc. rose sharply. "
      "An investor group said it had agreed to buy the Ohio-based company for 30.625 dlrs a share.",
      "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0].subject == "helion-grid");
}

}  // namespace
}  // namespace claimcheck
