"""The words of the account plan in English, Japanese and Chinese (traditional and simplified).

The plan goes to the customer, often in their own language, so its headings and labels come
from this table rather than from the app's Qt translations: the core builds a document whose
every fixed word is already in the chosen language, and renderers only lay it out.
"""

# Japanese and Chinese use full-width punctuation, which is not a mistake.
# ruff: noqa: RUF001

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, get_args

Lang = Literal["en", "ja", "zh-Hant", "zh-Hans"]
LANGUAGES: Final[tuple[Lang, ...]] = get_args(Lang)

# key: (en, ja, zh-Hant, zh-Hans)
_TEXTS: Final[Mapping[str, tuple[str, str, str, str]]] = {
    # document
    "document_title": ("Account plan", "アカウントプラン", "客戶計畫書", "客户计划书"),
    "prepared_by": (
        "Customer Success Manager",
        "カスタマーサクセス担当",
        "客戶成功經理",
        "客户成功经理",
    ),
    "prepared_on": ("Date", "作成日", "日期", "日期"),
    "stage": ("Stage", "ステージ", "階段", "阶段"),
    "health": ("Health", "ヘルススコア", "健康度", "健康度"),
    "arr": ("ARR", "ARR（年間契約額）", "ARR（年度經常性收入）", "ARR（年度经常性收入）"),
    "next_renewal": ("Next renewal", "次回更新日", "下次續約", "下次续约"),
    "plan": ("Plan", "プラン", "計畫", "计划"),
    "no_owner": ("not assigned", "未割り当て", "未指派", "未指派"),
    "none": ("none", "なし", "無", "无"),
    "page_of": (
        "Page {page} of {pages}",
        "{page} / {pages} ページ",
        "第 {page} 頁，共 {pages} 頁",
        "第 {page} 页，共 {pages} 页",
    ),
    "confidential": (
        "Prepared for {account}",
        "{account} 様向け資料",
        "為 {account} 準備",
        "为 {account} 准备",
    ),
    # sections
    "goals": ("The customer's goals", "お客様の目標", "客戶的目標", "客户的目标"),
    "goals_note": (
        "Journey A: what {account} wants to achieve, by horizon.",
        "ジャーニーA：{account} 様が達成したいこと（期間別）。",
        "旅程 A：{account} 希望達成的目標（按期間）。",
        "旅程 A：{account} 希望达成的目标（按期限）。",
    ),
    "horizon": ("Within {months} months", "{months}か月以内", "{months} 個月內", "{months} 个月内"),
    "no_goals": (
        "No goals recorded yet.",
        "目標はまだ登録されていません。",
        "尚未記錄目標。",
        "尚未记录目标。",
    ),
    "milestones": (
        "Our delivery milestones",
        "導入・提供のマイルストーン",
        "我們的交付里程碑",
        "我们的交付里程碑",
    ),
    "milestones_note": (
        "Journey B: the steps we take to get there.",
        "ジャーニーB：目標達成に向けた当社のステップ。",
        "旅程 B：我們為達成目標所採取的步驟。",
        "旅程 B：我们为达成目标采取的步骤。",
    ),
    "no_milestones": (
        "No milestones recorded yet.",
        "マイルストーンはまだ登録されていません。",
        "尚未記錄里程碑。",
        "尚未记录里程碑。",
    ),
    "current_stage": ("Current stage", "現在のステージ", "目前階段", "当前阶段"),
    "in_stage_since": (
        "In this stage since {date}",
        "{date} からこのステージ",
        "自 {date} 起處於此階段",
        "自 {date} 起处于此阶段",
    ),
    "criteria": (
        "What success looks like in this stage",
        "このステージの成功基準",
        "此階段的成功標準",
        "此阶段的成功标准",
    ),
    "risks": ("Risks to watch", "注意すべきリスク", "需留意的風險", "需关注的风险"),
    "health_section": ("Health score", "ヘルススコア", "健康度分數", "健康度分数"),
    "score_today": ("Score today", "現在のスコア", "目前分數", "当前分数"),
    "no_score": (
        "No health score yet: not enough recent data.",
        "ヘルススコアはまだありません（直近のデータが不足しています）。",
        "尚無健康度分數：近期資料不足。",
        "尚无健康度分数：近期数据不足。",
    ),
    "trajectory": (
        "Trajectory over the last year",
        "過去1年間の推移",
        "過去一年的走勢",
        "过去一年的走势",
    ),
    "chart_score": ("Health score", "ヘルススコア", "健康度分數", "健康度分数"),
    "chart_samples": (
        "Indicator samples (no health score yet)",
        "指標データ（ヘルススコア未算出）",
        "指標資料（尚無健康度分數）",
        "指标数据（尚无健康度分数）",
    ),
    "chart_empty": (
        "No health samples recorded yet",
        "ヘルスデータはまだありません",
        "尚未記錄健康度資料",
        "尚未记录健康度数据",
    ),
    "renewal_due": ("Renewal due", "更新予定", "續約到期", "续约到期"),
    "legend_stage": ("stage change", "ステージ変更", "階段變更", "阶段变更"),
    "legend_renewal": ("renewal", "更新", "續約", "续约"),
    "legend_touchpoint": ("touchpoint", "接点", "接觸點", "接触点"),
    "movers": ("What moved the score", "スコア変動の要因", "影響分數的因素", "影响分数的因素"),
    "movers_note": (
        "From {from_score} on {from_date} to {to_score} on {to_date}.",
        "{from_date} の {from_score} から {to_date} の {to_score} へ。",
        "由 {from_date} 的 {from_score} 變為 {to_date} 的 {to_score}。",
        "由 {from_date} 的 {from_score} 变为 {to_date} 的 {to_score}。",
    ),
    "no_movers": (
        "Not enough scored days to explain a change.",
        "変動を説明できるだけのスコアがありません。",
        "評分天數不足，無法說明變化。",
        "评分天数不足，无法说明变化。",
    ),
    "indicator": ("Indicator", "指標", "指標", "指标"),
    "points": ("Points", "ポイント", "得分", "得分"),
    "effect": ("Effect on score", "スコアへの影響", "對分數的影響", "对分数的影响"),
    "renewals": ("Renewals and ARR", "契約更新とARR", "續約與 ARR", "续约与 ARR"),
    "period": ("Period", "契約期間", "合約期間", "合同期间"),
    "arr_before": ("ARR before", "更新前ARR", "續約前 ARR", "续约前 ARR"),
    "arr_after": ("ARR after", "更新後ARR", "續約後 ARR", "续约后 ARR"),
    "outcome": ("Outcome", "結果", "結果", "结果"),
    "no_renewals": (
        "No renewals recorded yet.",
        "更新履歴はまだありません。",
        "尚未記錄續約。",
        "尚未记录续约。",
    ),
    "contract_start": ("Contract start", "契約開始日", "合約開始", "合同开始"),
    "stakeholders": ("Stakeholders", "関係者", "利害關係人", "干系人"),
    "name": ("Name", "氏名", "姓名", "姓名"),
    "title": ("Title", "役職", "職稱", "职务"),
    "role": ("Role", "役割", "角色", "角色"),
    "email": ("Email", "メール", "電子郵件", "电子邮件"),
    "no_stakeholders": (
        "No stakeholders recorded yet.",
        "関係者はまだ登録されていません。",
        "尚未記錄利害關係人。",
        "尚未记录干系人。",
    ),
    "touchpoints": (
        "Recent touchpoints and next steps",
        "最近の接点と次のステップ",
        "近期接觸點與後續步驟",
        "近期接触点与后续步骤",
    ),
    "no_touchpoints": (
        "No touchpoints recorded yet.",
        "接点はまだ記録されていません。",
        "尚未記錄接觸點。",
        "尚未记录接触点。",
    ),
    "customer_said": ("Customer said", "お客様の声", "客戶表示", "客户表示"),
    "underlying_need": ("Underlying need", "本質的なニーズ", "潛在需求", "潜在需求"),
    "next_steps": ("Next steps", "次のステップ", "後續步驟", "后续步骤"),
    "satisfaction": (
        "Product: {product} · Service: {service}",
        "製品：{product}・サービス：{service}",
        "產品：{product}・服務：{service}",
        "产品：{product}・服务：{service}",
    ),
    "tasks": ("Open tasks", "未完了のタスク", "待辦任務", "待办任务"),
    "task": ("Task", "タスク", "任務", "任务"),
    "due": ("Due", "期日", "截止日期", "截止日期"),
    "no_due": ("no date", "期日なし", "無日期", "无日期"),
    "overdue": ("overdue", "期限超過", "已逾期", "已逾期"),
    "no_tasks": (
        "No open tasks.",
        "未完了のタスクはありません。",
        "沒有待辦任務。",
        "没有待办任务。",
    ),
    "status": ("Status", "状況", "狀態", "状态"),
    "goal": ("Goal", "目標", "目標", "目标"),
    "step": ("Step", "ステップ", "步驟", "步骤"),
    "done": ("Done", "完了", "已完成", "已完成"),
    "open": ("Open", "未完了", "進行中", "进行中"),
    # stages
    "stage.sales": ("Sales", "営業", "銷售", "销售"),
    "stage.delivery": ("Delivery", "導入", "交付", "交付"),
    "stage.service": ("Service", "運用", "服務", "服务"),
    "stage.value": ("Value", "価値創出", "價值", "价值"),
    # objective status
    "status.planned": ("Planned", "予定", "已規劃", "已规划"),
    "status.in_progress": ("In progress", "進行中", "進行中", "进行中"),
    "status.achieved": ("Achieved", "達成", "已達成", "已达成"),
    "status.at_risk": ("At risk", "リスクあり", "有風險", "有风险"),
    "status.missed": ("Missed", "未達", "未達成", "未达成"),
    # bands
    "band.red": ("red", "赤", "紅", "红"),
    "band.yellow": ("yellow", "黄", "黃", "黄"),
    "band.green": ("green", "緑", "綠", "绿"),
    # renewal outcomes
    "outcome.renewed": ("Renewed", "更新", "已續約", "已续约"),
    "outcome.expanded": ("Expanded", "拡大", "擴大", "扩大"),
    "outcome.contracted": ("Contracted", "縮小", "縮減", "缩减"),
    "outcome.churned": ("Churned", "解約", "流失", "流失"),
    # stakeholder roles
    "role.decision_maker": ("Decision maker", "意思決定者", "決策者", "决策者"),
    "role.champion": ("Champion", "推進者", "支持者", "支持者"),
    "role.user": ("User", "利用者", "使用者", "用户"),
    "role.economic_buyer": ("Economic buyer", "予算決裁者", "預算決策者", "预算决策者"),
    "role.other": ("Other", "その他", "其他", "其他"),
    # touchpoint kinds
    "kind.meeting": ("Meeting", "打ち合わせ", "會議", "会议"),
    "kind.call": ("Call", "電話", "電話", "电话"),
    "kind.email": ("Email", "メール", "電子郵件", "电子邮件"),
    "kind.qbr": ("QBR", "QBR（四半期レビュー）", "QBR（季度業務回顧）", "QBR（季度业务回顾）"),
    "kind.onsite_visit": ("Onsite visit", "訪問", "現場拜訪", "现场拜访"),
    "kind.event": ("Event", "イベント", "活動", "活动"),
    "kind.support_case": ("Support case", "サポート案件", "支援案件", "支持工单"),
    "kind.note": ("Note", "メモ", "備註", "备注"),
    # satisfaction pulses
    "pulse.yes": ("satisfied", "満足", "滿意", "满意"),
    "pulse.no": ("not satisfied", "不満", "不滿意", "不满意"),
    "pulse.unknown": ("not asked", "未確認", "未詢問", "未询问"),
    "pulse.mixed": ("mixed", "一部不満", "部分不滿意", "部分不满意"),
    # health indicators
    "indicator.goal_achievement_rate": (
        "Goal achievement",
        "目標達成率",
        "目標達成率",
        "目标达成率",
    ),
    "indicator.roi": ("ROI", "ROI", "投資報酬率", "投资回报率"),
    "indicator.login_rate": ("Login rate", "ログイン率", "登入率", "登录率"),
    "indicator.feature_adoption": ("Feature adoption", "機能活用率", "功能採用率", "功能采用率"),
    "indicator.inquiry_count": ("Inquiries", "問い合わせ数", "詢問數", "咨询数"),
    "indicator.question_response_rate": (
        "Question response",
        "質問回答率",
        "問題回覆率",
        "问题回复率",
    ),
    "indicator.feedback_rate": ("Feedback rate", "フィードバック率", "回饋率", "反馈率"),
    "indicator.event_participation": (
        "Event participation",
        "イベント参加率",
        "活動參與率",
        "活动参与率",
    ),
    "indicator.dm_meeting_recency": (
        "Days since a decision-maker meeting",
        "意思決定者との面談からの日数",
        "距上次與決策者會面的天數",
        "距上次与决策者会面的天数",
    ),
    "indicator.product_satisfaction": ("Product pulses", "製品満足度", "產品滿意度", "产品满意度"),
    "indicator.service_satisfaction": (
        "Service pulses",
        "サービス満足度",
        "服務滿意度",
        "服务满意度",
    ),
    "indicator.milestone_completion": (
        "Milestones done",
        "マイルストーン完了率",
        "里程碑完成率",
        "里程碑完成率",
    ),
}


def text(key: str, lang: Lang, **values: object) -> str:
    """The phrase ``key`` in ``lang``, with ``{name}`` placeholders filled from ``values``.

    Raises:
        KeyError: no such phrase (a programming error: every phrase has all four languages).
    """
    phrase = _TEXTS[key][LANGUAGES.index(lang)]
    return phrase.format(**values) if values else phrase


def label(prefix: str, value: str, lang: Lang) -> str:
    """An enum value's label (``label("stage", "sales", "ja")``); unknown values read as words."""
    found = _TEXTS.get(f"{prefix}.{value}")
    if found is None:
        return value.replace("_", " ").capitalize()
    return found[LANGUAGES.index(lang)]


def phrase_keys() -> tuple[str, ...]:
    """Every phrase in the table (for completeness checks)."""
    return tuple(_TEXTS)


def check_lang(value: str) -> Lang:
    """``value`` as a :data:`Lang`.

    Raises:
        ValueError: not one of :data:`LANGUAGES`.
    """
    for lang in LANGUAGES:
        if lang == value:
            return lang
    raise ValueError(f"unknown language {value!r}: choose one of {', '.join(LANGUAGES)}")
