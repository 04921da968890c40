"""Names for the sample portfolio: companies, people and job titles in English, Japanese, Chinese.

Every Japanese and Chinese word carries its romanisation, used for domains and e-mail addresses.
The names are invented combinations; any likeness to a real company is a coincidence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

EN, JA, ZH = "en", "ja", "zh"
LANGUAGES = (EN, JA, ZH)

# Industry segments with the words companies of that industry put in their names.
SEGMENT_WORDS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "Manufacturing": {
        EN: [("Industries", "industries"), ("Manufacturing", "mfg"), ("Precision", "precision")],
        JA: [("製作所", "seisakusho"), ("工業", "kogyo"), ("精機", "seiki")],
        ZH: [("制造", "zhizao"), ("精密", "jingmi")],
    },
    "Logistics": {
        EN: [("Logistics", "logistics"), ("Freight", "freight"), ("Shipping", "shipping")],
        JA: [("物流", "logistics"), ("運輸", "unyu")],
        ZH: [("物流", "wuliu"), ("供应链", "scm")],
    },
    "Retail": {
        EN: [("Retail", "retail"), ("Stores", "stores"), ("Brands", "brands")],
        JA: [("商事", "shoji"), ("リテール", "retail")],
        ZH: [("商贸", "shangmao"), ("零售", "lingshou")],
    },
    "Healthcare": {
        EN: [("Health", "health"), ("Medical", "medical"), ("Care", "care")],
        JA: [("メディカル", "medical"), ("ヘルスケア", "healthcare")],
        ZH: [("医疗", "yiliao"), ("健康", "jiankang")],
    },
    "Financial Services": {
        EN: [("Capital", "capital"), ("Financial", "financial"), ("Insurance", "insurance")],
        JA: [("証券", "shoken"), ("ファイナンス", "finance")],
        ZH: [("金融", "jinrong"), ("保险", "baoxian")],
    },
    "Software": {
        EN: [("Software", "software"), ("Systems", "systems"), ("Labs", "labs")],
        JA: [("システムズ", "systems"), ("テクノロジー", "tech")],
        ZH: [("科技", "keji"), ("软件", "ruanjian"), ("信息技术", "it")],
    },
    "Education": {
        EN: [("Learning", "learning"), ("Academy", "academy")],
        JA: [("教育", "kyoiku"), ("ラーニング", "learning")],
        ZH: [("教育", "jiaoyu")],
    },
    "Media": {
        EN: [("Media", "media"), ("Studios", "studios"), ("Publishing", "publishing")],
        JA: [("メディア", "media"), ("出版", "shuppan")],
        ZH: [("文化传媒", "media")],
    },
    "Energy": {
        EN: [("Energy", "energy"), ("Power", "power"), ("Renewables", "renewables")],
        JA: [("エネルギー", "energy"), ("電力", "denryoku")],
        ZH: [("能源", "nengyuan"), ("新能源", "newenergy")],
    },
    "Construction": {
        EN: [("Construction", "construction"), ("Builders", "builders")],
        JA: [("建設", "kensetsu"), ("工務店", "komuten")],
        ZH: [("建设", "jianshe"), ("工程", "gongcheng")],
    },
    "Hospitality": {
        EN: [("Hotels", "hotels"), ("Hospitality", "hospitality"), ("Resorts", "resorts")],
        JA: [("ホテルズ", "hotels"), ("観光", "kanko")],
        ZH: [("酒店管理", "hotels")],
    },
    "Professional Services": {
        EN: [("Consulting", "consulting"), ("Partners", "partners"), ("Advisory", "advisory")],
        JA: [("コンサルティング", "consulting"), ("総研", "soken")],
        ZH: [("咨询", "zixun"), ("管理咨询", "consulting")],
    },
}
SEGMENTS = tuple(SEGMENT_WORDS)

_EN_ROOTS = (
    "Northwind", "Bluebird", "Summit", "Cedar", "Harbor", "Ironclad", "Lumen", "Pioneer",
    "Redwood", "Silverline", "Brightpath", "Clearwater", "Evergreen", "Foxglove", "Granite",
    "Highland", "Keystone", "Lakeside", "Meridian", "Nimbus", "Oakridge", "Pinnacle", "Quartz",
    "Riverstone", "Sterling", "Tidewater", "Upland", "Vantage", "Westbrook", "Zenith", "Atlas",
    "Beacon", "Cobalt", "Driftwood", "Ember", "Falcon", "Horizon", "Juniper", "Kestrel",
    "Larkspur", "Maple", "Northstar", "Orchard", "Prairie", "Quill", "Ridgeway", "Sapphire",
    "Trailhead", "Vista", "Willow", "Acorn", "Bramble", "Copperleaf", "Fjord", "Glacier",
    "Hawthorn", "Indigo", "Jasper", "Kinetic", "Lodestar", "Mosaic",
)  # fmt: skip
_EN_QUALIFIERS = ("", "", "", "Pacific", "Atlantic", "Global", "United", "Central", "Coastal")
_EN_SUFFIXES = ("", " Inc.", " Inc.", " LLC", " Corp.", " Ltd.", " Group")
_EU_SUFFIXES = ((" GmbH", "de"), (" AG", "de"), (" B.V.", "nl"), (" S.A.", "fr"), (" Oy", "fi"))

_JA_ROOTS = [
    ("さくら", "sakura"), ("青葉", "aoba"), ("東和", "towa"), ("日進", "nisshin"),
    ("大和", "yamato"), ("富士", "fuji"), ("北斗", "hokuto"), ("三葉", "mitsuba"),
    ("光陽", "koyo"), ("丸新", "marushin"), ("太陽", "taiyo"), ("旭", "asahi"),
    ("若葉", "wakaba"), ("明星", "myojo"), ("双葉", "futaba"), ("東邦", "toho"),
    ("瀬戸内", "setouchi"), ("湘南", "shonan"), ("千代田", "chiyoda"), ("弥生", "yayoi"),
    ("葵", "aoi"), ("雅", "miyabi"), ("匠", "takumi"), ("和光", "wako"), ("栄光", "eiko"),
    ("松風", "matsukaze"), ("白鷺", "shirasagi"), ("銀河", "ginga"), ("みらい", "mirai"),
    ("ひかり", "hikari"), ("つばさ", "tsubasa"), ("はやて", "hayate"),
]  # fmt: skip
_JA_REGIONS = [
    ("", ""), ("", ""), ("東京", "tokyo"), ("大阪", "osaka"), ("名古屋", "nagoya"),
    ("福岡", "fukuoka"), ("札幌", "sapporo"), ("横浜", "yokohama"), ("神戸", "kobe"),
    ("京都", "kyoto"), ("仙台", "sendai"), ("広島", "hiroshima"),
]  # fmt: skip

_ZH_CITIES = [
    ("上海", "sh"), ("北京", "bj"), ("深圳", "sz"), ("广州", "gz"), ("杭州", "hz"),
    ("苏州", "suzhou"), ("成都", "cd"), ("南京", "nj"), ("武汉", "wh"), ("天津", "tj"),
    ("西安", "xa"), ("厦门", "xm"),
]  # fmt: skip
_ZH_ROOTS = [
    ("华信", "huaxin"), ("中科", "zhongke"), ("恒达", "hengda"), ("鼎盛", "dingsheng"),
    ("瑞丰", "ruifeng"), ("安信", "anxin"), ("博远", "boyuan"), ("创新", "chuangxin"),
    ("东方", "dongfang"), ("海纳", "haina"), ("汇通", "huitong"), ("佳禾", "jiahe"),
    ("金桥", "jinqiao"), ("蓝海", "lanhai"), ("龙腾", "longteng"), ("明德", "mingde"),
    ("荣信", "rongxin"), ("盛世", "shengshi"), ("天成", "tiancheng"), ("伟业", "weiye"),
    ("新元", "xinyuan"), ("远航", "yuanhang"), ("正和", "zhenghe"), ("志诚", "zhicheng"),
    ("卓越", "zhuoyue"), ("云帆", "yunfan"), ("星河", "xinghe"), ("联创", "lianchuang"),
]  # fmt: skip
_ZH_SUFFIXES = ("有限公司", "有限公司", "股份有限公司")

_EN_FIRST = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen",
    "Chris", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Ashley",
    "Steven", "Emily", "Andrew", "Michelle", "Kevin", "Amanda", "Brian", "Melissa", "Priya",
    "Omar", "Lucia", "Mateo", "Aisha", "Noah",
)  # fmt: skip
_EN_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore",
    "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Patel", "Nguyen", "Okafor", "Schmidt",
    "Rossi", "Dubois", "Novak", "Jensen",
)  # fmt: skip
_JA_FAMILY = [
    ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
    ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"),
    ("小林", "kobayashi"), ("加藤", "kato"), ("吉田", "yoshida"), ("山田", "yamada"),
    ("佐々木", "sasaki"), ("山口", "yamaguchi"), ("松本", "matsumoto"), ("井上", "inoue"),
    ("木村", "kimura"), ("林", "hayashi"), ("斎藤", "saito"), ("清水", "shimizu"),
]  # fmt: skip
_JA_GIVEN = [
    ("健", "ken"), ("翔太", "shota"), ("大輔", "daisuke"), ("拓也", "takuya"), ("直樹", "naoki"),
    ("美咲", "misaki"), ("陽子", "yoko"), ("恵", "megumi"), ("由美", "yumi"), ("彩", "aya"),
    ("誠", "makoto"), ("亮", "ryo"), ("真由美", "mayumi"), ("裕子", "yuko"), ("浩二", "koji"),
    ("和也", "kazuya"), ("香織", "kaori"), ("智子", "tomoko"),
]  # fmt: skip
_ZH_FAMILY = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"),
]  # fmt: skip
_ZH_GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
    ("强", "qiang"), ("洋", "yang"), ("艳", "yan"), ("杰", "jie"), ("婷", "ting"), ("军", "jun"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"), ("建华", "jianhua"),
    ("晓东", "xiaodong"), ("海燕", "haiyan"),
]  # fmt: skip

# Job titles by stakeholder role (the role's enum value) and language.
TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "decision_maker": {
        EN: ("VP of Operations", "Chief Operating Officer", "Director of Customer Experience"),
        JA: ("執行役員", "事業部長", "情報システム部 部長"),
        ZH: ("副总裁", "运营总监", "信息技术总监"),
    },
    "champion": {
        EN: ("Operations Manager", "Program Manager", "Digital Transformation Lead"),
        JA: ("業務改革推進室 課長", "DX推進担当 マネージャー"),
        ZH: ("项目经理", "数字化转型负责人"),
    },
    "user": {
        EN: ("Analyst", "Team Lead", "Specialist", "Coordinator"),
        JA: ("主任", "担当者", "チームリーダー"),
        ZH: ("专员", "主管", "分析师"),
    },
    "economic_buyer": {
        EN: ("CFO", "VP Finance", "Procurement Director"),
        JA: ("取締役 CFO", "経営企画部 部長", "購買部 部長"),
        ZH: ("财务总监", "采购总监"),
    },
    "other": {
        EN: ("IT Administrator", "Security Officer", "Legal Counsel"),
        JA: ("システム管理者", "法務担当"),
        ZH: ("IT管理员", "法务经理"),
    },
}

# The CSMs who own accounts, by the language they work in.
OWNERS: dict[str, tuple[str, ...]] = {
    EN: ("Maya Chen", "Daniel Okafor", "Sofia Rossi", "Hannah Berg"),
    JA: ("Kenji Watanabe", "Yuki Tanaka"),
    ZH: ("Li Na", "Zhang Wei"),
}
# Our own colleagues who join customer meetings (touchpoint.other_attendees).
COLLEAGUES = ("Solutions engineer", "Account executive", "Support lead", "Product manager")


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    currency: str


def company(rnd: random.Random, language: str, segment: str) -> Company:
    """An invented company of ``segment`` in ``language`` (currency before tier conversion)."""
    word, word_ascii = rnd.choice(SEGMENT_WORDS[segment][language])
    if language == JA:
        (root, root_ascii), (region, region_ascii) = rnd.choice(_JA_ROOTS), rnd.choice(_JA_REGIONS)
        body = f"{region}{root}{word}"
        name = f"株式会社{body}" if rnd.random() < 0.7 else f"{body}株式会社"
        slug = "-".join(p for p in (region_ascii, root_ascii, word_ascii) if p)
        return Company(name, f"{slug}.co.jp", "JPY" if rnd.random() < 0.85 else "USD")
    if language == ZH:
        (city, city_ascii), (root, root_ascii) = rnd.choice(_ZH_CITIES), rnd.choice(_ZH_ROOTS)
        name = f"{city}{root}{word}{rnd.choice(_ZH_SUFFIXES)}"
        return Company(
            name,
            f"{root_ascii}{word_ascii}-{city_ascii}.com.cn",
            "CNY" if rnd.random() < 0.8 else "USD",
        )
    root, qualifier = rnd.choice(_EN_ROOTS), rnd.choice(_EN_QUALIFIERS)
    body = " ".join(p for p in (qualifier, root, word) if p)
    slug = "".join(p.lower() for p in (qualifier, root, word_ascii) if p)
    if rnd.random() < 0.15:
        suffix, tld = rnd.choice(_EU_SUFFIXES)
        return Company(f"{body}{suffix}", f"{slug}.{tld}", "EUR")
    return Company(f"{body}{rnd.choice(_EN_SUFFIXES)}", f"{slug}.com", "USD")


def person(rnd: random.Random, language: str, domain: str) -> tuple[str, str]:
    """A person's display name and e-mail address at ``domain``."""
    if language == JA:
        (family, family_ascii), (given, given_ascii) = rnd.choice(_JA_FAMILY), rnd.choice(_JA_GIVEN)
        return f"{family} {given}", f"{given_ascii}.{family_ascii}@{domain}"
    if language == ZH:
        (family, family_ascii), (given, given_ascii) = rnd.choice(_ZH_FAMILY), rnd.choice(_ZH_GIVEN)
        return f"{family}{given}", f"{family_ascii}{given_ascii}@{domain}"
    first, last = rnd.choice(_EN_FIRST), rnd.choice(_EN_LAST)
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain}"


def phone(rnd: random.Random, language: str) -> str:
    """A phone number in the fictional or well-formed style of the company's country."""
    if language == JA:
        return f"+81 3-{rnd.randrange(1000, 9999)}-{rnd.randrange(1000, 9999)}"
    if language == ZH:
        return f"+86 21 {rnd.randrange(1000, 9999)} {rnd.randrange(1000, 9999)}"
    return f"+1 555-01{rnd.randrange(10, 99)}"  # 555-01xx: reserved for fiction
