"""Words for stage changes, success plans (journeys A and B) and tasks, in three languages."""

# Japanese and Chinese are written with full-width punctuation, which is not a mistake.
# ruff: noqa: RUF001

from __future__ import annotations

from cs_desktop.demo.names import EN, JA, ZH

# Note of each stage change, keyed by the stage entered; ``{person}`` is a stakeholder.
STAGE_NOTES: dict[str, dict[str, str]] = {
    "sales": {
        EN: "Opportunity qualified; scope of needs agreed with {person}",
        JA: "商談化。{person}様と要件の範囲を合意",
        ZH: "商机确认，与{person}确认需求范围",
    },
    "delivery": {
        EN: "Contract signed; handover from sales and onboarding kickoff",
        JA: "契約締結。営業から引き継ぎ、オンボーディングを開始",
        ZH: "合同签署，销售交接，启动实施",
    },
    "service": {
        EN: "Go-live completed; moving to day-to-day service",
        JA: "本番稼働完了。運用フェーズへ移行",
        ZH: "系统上线完成，进入日常服务阶段",
    },
    "value": {
        EN: "Stable adoption; starting best-practice consulting and expansion planning",
        JA: "活用が定着。ベストプラクティスの支援と追加導入の検討を開始",
        ZH: "使用稳定，开始最佳实践咨询和增购规划",
    },
}

PLAN_TITLES = {EN: "Success plan {year}", JA: "サクセスプラン {year}", ZH: "{year}客户成功计划"}
PLAN_SUMMARIES = {
    EN: "Joint plan agreed with {person}: their business goals and our delivery steps.",
    JA: "{person}様と合意した共同計画：お客様の事業目標と当社の導入ステップ。",
    ZH: "与{person}共同确认的计划：客户的业务目标和我们的交付步骤。",
}

# Journey A: the customer's goals, by horizon in months.
OBJECTIVES: dict[int, dict[str, tuple[str, ...]]] = {
    3: {
        EN: ("Roll out to the first team with 80% weekly logins",
             "Replace spreadsheets for order tracking"),
        JA: ("最初の部署で週次ログイン率80%を達成", "受注管理のExcel運用を置き換える"),
        ZH: ("首个团队上线，周登录率达到80%", "用系统取代订单跟踪的Excel表格"),
    },
    6: {
        EN: ("Cut ticket handling time by 20%", "Automate the monthly reporting"),
        JA: ("問い合わせ対応時間を20%短縮", "月次レポートを自動化"),
        ZH: ("工单处理时间缩短20%", "月度报表自动化"),
    },
    12: {
        EN: ("Expand to all regional offices", "Reduce customer churn by 10%"),
        JA: ("全拠点へ展開", "顧客の解約率を10%削減"),
        ZH: ("推广到所有区域分公司", "客户流失率降低10%"),
    },
    24: {
        EN: ("Run the whole operation on one platform", "Double the online revenue share"),
        JA: ("全業務を一つのプラットフォームで運用", "オンライン売上比率を2倍に"),
        ZH: ("全部业务在一个平台上运行", "线上收入占比翻倍"),
    },
}  # fmt: skip

# Journey B: our delivery steps, with their usual offset in days from the contract start.
MILESTONES: tuple[tuple[int, dict[str, str]], ...] = (
    (7, {EN: "Kickoff meeting", JA: "キックオフ", ZH: "项目启动会"}),
    (30, {EN: "Technical setup and SSO", JA: "環境構築とSSO設定", ZH: "环境搭建和单点登录配置"}),
    (50, {EN: "Data migration", JA: "データ移行", ZH: "数据迁移"}),
    (65, {EN: "Admin training", JA: "管理者トレーニング", ZH: "管理员培训"}),
    (90, {EN: "Go-live", JA: "本番稼働", ZH: "正式上线"}),
    (180, {EN: "Six-month value review", JA: "6か月効果測定レビュー", ZH: "半年价值回顾"}),
    (540, {EN: "18-month expansion workshop", JA: "18か月 追加導入ワークショップ",
           ZH: "18个月增购规划工作坊"}),
)  # fmt: skip

# Tasks by the playbook that creates them (None: written by hand).
TASKS: dict[str | None, dict[str, tuple[str, ...]]] = {
    "Onboarding kickoff": {
        EN: ("Send the onboarding plan", "Confirm admin training dates"),
        JA: ("オンボーディング計画を送付", "管理者トレーニング日程を確定"),
        ZH: ("发送上线计划", "确认管理员培训时间"),
    },
    "Renewal preparation": {
        EN: ("Prepare the renewal proposal", "Review value delivered before renewal"),
        JA: ("更新提案書を準備", "更新前に提供価値を振り返る"),
        ZH: ("准备续约方案", "续约前回顾已交付价值"),
    },
    "Low usage rescue": {
        EN: ("Call the champion about falling adoption", "Run a usage workshop"),
        JA: ("活用低下について推進担当者に連絡", "活用ワークショップを実施"),
        ZH: ("就使用率下降联系负责人", "组织使用培训工作坊"),
    },
    "QBR preparation": {
        EN: ("Prepare QBR deck", "Collect outcome numbers for the QBR"),
        JA: ("QBR資料を作成", "QBR用に成果指標を集計"),
        ZH: ("准备QBR材料", "汇总QBR成果数据"),
    },
    None: {
        EN: ("Send meeting notes", "Answer the pricing question", "Introduce the new CSM"),
        JA: ("議事録を送付", "価格に関する質問に回答", "新任担当者を紹介"),
        ZH: ("发送会议纪要", "回复价格问题", "介绍新的客户成功经理"),
    },
}  # fmt: skip
