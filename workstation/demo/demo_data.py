"""Word lists and small generators for realistic, deterministic demo data."""
from __future__ import annotations

import random
from datetime import date

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔汤"
GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 志强 晓东 海燕 文杰 子涵 "
         "雨萱 浩然 梓轩 欣怡 思远 嘉怡 俊杰 晨曦 宇航 佳琪 一鸣 雪梅 春生 国庆 红梅 立新 永强 建军 丽娟 小龙").split()
TRADE_NAMES = ("鼎盛 恒远 华美 锦程 瑞丰 汇通 新禾 欣然 聚源 宏达 金穗 百川 优品 尚品 佳和 云帆 星河 远航 "
               "凯旋 盛世 天成 和美 正泰 顺意 益家 好运 东方 江南 万象 福润 卓越 同心 海纳 安之 嘉禾 乐活 "
               "木子 初心 青禾 小满 拾光 南枝 北辰 森语 悦然 知行 若水 简一 麦田").split()
INDUSTRIES = [
    ("服饰", "服装"), ("女装", "服装"), ("童装", "服装"), ("鞋业", "鞋帽"), ("箱包", "箱包"),
    ("家居用品", "家居"), ("家纺", "家纺"), ("厨具", "厨具"), ("电子科技", "数码"), ("数码配件", "数码"),
    ("食品", "食品"), ("茶业", "茶叶"), ("农产品", "生鲜"), ("化妆品", "美妆"), ("母婴用品", "母婴"),
    ("户外用品", "运动"), ("五金工具", "五金"), ("包装材料", "包装"), ("灯饰", "照明"), ("玩具", "玩具"),
    ("宠物用品", "宠物"), ("文具", "文具"), ("汽车用品", "汽配"), ("饰品", "饰品"),
]
COMPANY_FORMS = ["有限公司", "贸易有限公司", "商贸有限公司", "电子商务有限公司", "实业有限公司"]
SHOP_SUFFIX = ["旗舰店", "专营店", "官方店", "工厂店", "精品店", "小铺"]
STREETS = ["文三路", "莫干山路", "延安路", "解放路", "人民路", "中山路", "建设路", "和平路", "长江路",
           "滨江大道", "学院路", "工业园路", "科技路", "创业大道", "新华街"]
BANKS = [("中国工商银行", "622202"), ("中国建设银行", "621700"), ("中国农业银行", "622848"),
         ("中国银行", "621661"), ("招商银行", "622588"), ("交通银行", "622260"), ("浙商银行", "621575"),
         ("杭州银行", "621751"), ("宁波银行", "622282"), ("某农村信用社", "622823")]
UNLISTED_BANK = "某农村信用社"

# (province, city, ID region code, weight): Zhejiang-heavy, as the business was.
CITIES = [
    ("浙江", "杭州", "330106", 16), ("浙江", "宁波", "330203", 6), ("浙江", "温州", "330302", 5),
    ("浙江", "义乌", "330782", 6), ("浙江", "嘉兴", "330402", 3), ("浙江", "绍兴", "330602", 3),
    ("江苏", "苏州", "320505", 6), ("江苏", "南京", "320102", 4), ("江苏", "无锡", "320213", 3),
    ("上海", "上海", "310101", 7), ("广东", "广州", "440103", 7), ("广东", "深圳", "440303", 7),
    ("广东", "东莞", "441900", 3), ("北京", "北京", "110101", 4), ("天津", "天津", "120101", 2),
    ("山东", "青岛", "370202", 3), ("山东", "济南", "370102", 2), ("福建", "泉州", "350502", 3),
    ("福建", "厦门", "350203", 2), ("湖北", "武汉", "420102", 2), ("四川", "成都", "510104", 2),
    ("河南", "郑州", "410102", 1), ("湖南", "长沙", "430102", 1), ("安徽", "合肥", "340102", 1),
]
PURPOSES = ["备货采购", "旺季备货（双十一）", "支付供应商货款", "推广投放", "扩充仓储", "补充流动资金",
            "新品开发", "周转资金"]
CUSTOMERS = ["义乌市小商品贸易公司", "上海优选供应链有限公司", "广州天河批发市场某商行", "深圳跨境电商有限公司",
             "杭州四季青服装批发商", "苏州某连锁超市", "北京某百货公司", "宁波外贸进出口公司"]

# month-of-year multipliers in percent: Spring Festival trough, 618 and the 11.11 peak
SEASON = {1: 80, 2: 65, 3: 95, 4: 95, 5: 100, 6: 140, 7: 95, 8: 95, 9: 105, 10: 110, 11: 230, 12: 130}


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def company_name(rng: random.Random, city: str) -> tuple[str, str, str]:
    """(company name, shop name, category)."""
    trade = rng.choice(TRADE_NAMES)
    industry, category = rng.choice(INDUSTRIES)
    company = f"{city}{trade}{industry}{rng.choice(COMPANY_FORMS)}"
    shop = f"{trade}{category}{rng.choice(SHOP_SUFFIX)}"
    return company, shop, category


def weighted_city(rng: random.Random) -> tuple[str, str, str]:
    province, city, region, _ = rng.choices(CITIES, weights=[c[3] for c in CITIES])[0]
    return province, city, region


def address(rng: random.Random, city: str) -> str:
    return f"{city}市{rng.choice(STREETS)}{rng.randint(1, 999)}号{rng.randint(1, 30)}幢{rng.randint(101, 2808)}室"


def month_add(d: date, k: int) -> date:
    y, m = divmod(d.month - 1 + k, 12)
    return date(d.year + y, m + 1, 1)
