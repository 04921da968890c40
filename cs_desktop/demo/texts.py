"""What was said and written at sample touchpoints, in English, Japanese and Chinese.

The phrases use the everyday words of customer success in each language (onboarding, renewal,
adoption, QBR / オンボーディング, 導入, 更新, 活用 / 上线, 续约, 培训) so that search over the
sample portfolio finds what a CSM would type. Placeholders: ``{topic}``, ``{feature}``,
``{person}`` (a stakeholder), ``{q}`` and ``{year}`` (a quarter).
"""

# Japanese and Chinese are written with full-width punctuation, which is not a mistake.
# ruff: noqa: RUF001

from __future__ import annotations

from dataclasses import dataclass

from cs_desktop.demo.names import EN, JA, ZH


@dataclass(frozen=True)
class Voice:
    """The phrases of one language."""

    topics: tuple[str, ...]
    features: tuple[str, ...]
    titles: dict[str, tuple[str, ...]]  # by touchpoint kind
    good: tuple[str, ...]  # notes when the account is doing well
    bad: tuple[str, ...]  # notes when it is struggling
    neutral: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]  # (customer statement, inferred need)
    next_steps: tuple[str, ...]


_EN = Voice(
    topics=("onboarding", "renewal", "adoption", "admin training", "integration", "reporting",
            "SSO setup", "data migration", "usage review", "expansion", "go-live"),
    features=("dashboards", "workflow automation", "reporting", "the mobile app", "the API",
              "approval flows", "analytics"),
    titles={
        "meeting": ("Weekly sync: {topic}", "Working session on {topic}",
                    "Adoption review with {person}", "Roadmap discussion: {feature}"),
        "call": ("Call with {person} about {topic}", "Check-in call: {topic}",
                 "Renewal call with {person}"),
        "email": ("Re: {topic} next steps", "Follow-up: {topic}", "Sent {topic} materials"),
        "qbr": ("Q{q} {year} QBR", "Quarterly business review Q{q} {year}"),
        "onsite_visit": ("Onsite visit: {topic} workshop", "Office visit with {person}"),
        "event": ("Customer webinar: {feature}", "User conference", "Community meetup"),
        "support_case": ("Support case: SSO login failures", "Support case: slow report export",
                         "Support case: data import error", "Support case: API rate limit",
                         "Support case: permission settings"),
        "note": ("Internal note: {topic}", "Account note: {topic}"),
    },
    good=("Adoption is growing; the team uses {feature} every day.",
          "{person} is happy with the onboarding and wants to roll out to another team.",
          "Usage is up since go-live; renewal looks safe.",
          "They shared an internal success story about {feature}."),
    bad=("Login rate dropped over the last weeks; {person} worries about adoption.",
         "The onboarding stalled: admins have not finished training.",
         "They question the value of {feature}; renewal may be at risk.",
         "Escalation about response times; {person} was frustrated."),
    neutral=("Discussed {topic} with {person}.", "Walked through {feature} and the QBR agenda.",
             "Reviewed open support tickets and the onboarding plan.",
             "Agreed on the timeline for {topic}."),
    pairs=(("Can you show us case studies from other companies?",
            "Help them picture success inside their own company"),
           ("We need more training sessions.",
            "New users lack confidence; they need an adoption path per role"),
           ("Can you add a custom export to Excel?",
            "Finance needs numbers they trust for the monthly report"),
           ("The price is too high for what we use.",
            "They have not seen the value yet; show ROI against their goals"),
           ("Can you present to our executives?",
            "The champion needs executive sponsorship for the renewal"),
           ("Who will support us after go-live?", "They fear being left alone after onboarding"),
           ("Our team doesn't log in much.",
            "The tool is not part of their routine yet; tie it to their weekly meeting"),
           ("We want to see the roadmap.",
            "They plan next year's budget and want to know where we are heading")),
    next_steps=("Send the onboarding checklist to {person}", "Schedule admin training next week",
                "Prepare the usage report for the QBR", "Share two case studies with {person}",
                "Follow up on the renewal proposal", "Book a working session on {feature}",
                "Loop in support about the open ticket"),
)  # fmt: skip

_JA = Voice(
    topics=("オンボーディング", "導入", "更新", "活用", "定着化", "管理者トレーニング",
            "データ移行", "SSO設定", "本番稼働", "利用状況レビュー", "追加導入"),
    features=("ダッシュボード", "ワークフロー自動化", "レポート機能", "モバイルアプリ",
              "API連携", "承認フロー", "分析機能"),
    titles={
        "meeting": ("{topic}定例会", "{topic}に関する打ち合わせ", "{person}様と活用状況の確認",
                    "{feature}の今後の計画について"),
        "call": ("{person}様と電話：{topic}", "{topic}の進捗確認", "更新に関するご相談"),
        "email": ("Re: {topic}の次のステップ", "{topic}資料送付", "{topic}のご連絡"),
        "qbr": ("{year}年 第{q}四半期 QBR", "四半期ビジネスレビュー（Q{q}）"),
        "onsite_visit": ("訪問：{topic}ワークショップ", "{person}様オフィス訪問"),
        "event": ("ユーザー会", "ウェビナー：{feature}の活用", "ユーザーコミュニティ勉強会"),
        "support_case": ("問い合わせ：SSOでログインできない", "問い合わせ：レポート出力が遅い",
                         "問い合わせ：データ取り込みエラー", "問い合わせ：権限設定について"),
        "note": ("社内メモ：{topic}", "アカウントメモ：{topic}"),
    },
    good=("現場での活用が広がっており、{feature}を毎日利用している。",
          "{person}様はオンボーディングに満足しており、他部署への展開を検討中。",
          "本番稼働後に利用が増えている。更新は問題なさそう。",
          "{feature}の社内成功事例を共有していただいた。"),
    bad=("ここ数週間ログイン率が低下。{person}様が定着を懸念している。",
         "オンボーディングが停滞。管理者トレーニングが未完了。",
         "{feature}の価値に疑問を持たれている。更新にリスクあり。",
         "回答の遅さについてエスカレーションあり。{person}様はご不満の様子。"),
    neutral=("{person}様と{topic}について議論。", "{feature}とQBRの議題を説明。",
             "未解決の問い合わせと導入計画を確認。", "{topic}のスケジュールを合意。"),
    pairs=(("他社の導入事例を見せてもらえますか？", "自社での成功イメージを具体的に描きたい"),
           ("もっと研修を増やしてほしい。",
            "新しい利用者が自信を持てていない。役割別の活用ステップが必要"),
           ("Excelに出力できるようにしてほしい。",
            "経理部が月次報告で信頼できる数字を必要としている"),
           ("使っている割に価格が高い。",
            "まだ価値を実感できていない。目標に対する費用対効果を示す必要がある"),
           ("経営層に説明してもらえますか？",
            "担当者が更新に向けて経営層の後押しを必要としている"),
           ("本番稼働後のサポート体制が不安です。", "導入後に放置されることを心配している"),
           ("現場があまりログインしていない。",
            "日々の業務にまだ組み込まれていない。定例会議と結びつける"),
           ("今後の機能ロードマップを知りたい。", "来期の予算計画のために方向性を確認したい")),
    next_steps=("{person}様にオンボーディングのチェックリストを送付",
                "来週管理者トレーニングを実施",
                "QBR用の利用状況レポートを準備", "{person}様に導入事例を2件共有",
                "更新のご提案をフォローアップ", "{feature}の活用ワークショップを設定",
                "サポートチームと未解決の問い合わせを確認"),
)  # fmt: skip

_ZH = Voice(
    topics=("上线", "续约", "培训", "实施", "使用情况", "数据迁移", "单点登录配置", "推广",
            "增购", "客户成功计划"),
    features=("仪表盘", "工作流自动化", "报表功能", "移动端", "API集成", "审批流程", "数据分析"),
    titles={
        "meeting": ("{topic}周会", "{topic}专题讨论", "与{person}回顾使用情况",
                    "{feature}规划沟通"),
        "call": ("与{person}电话沟通{topic}", "{topic}进度确认", "续约电话沟通"),
        "email": ("回复：{topic}下一步", "{topic}资料已发送", "关于{topic}的邮件"),
        "qbr": ("{year}年第{q}季度业务回顾", "季度业务回顾 QBR Q{q}"),
        "onsite_visit": ("现场拜访：{topic}工作坊", "拜访{person}"),
        "event": ("用户大会", "线上研讨会：{feature}最佳实践", "客户交流会"),
        "support_case": ("工单：单点登录失败", "工单：报表导出缓慢", "工单：数据导入报错",
                         "工单：权限设置问题"),
        "note": ("内部备注：{topic}", "客户备注：{topic}"),
    },
    good=("使用范围在扩大，团队每天都在用{feature}。",
          "{person}对上线过程很满意，计划推广到其他部门。",
          "上线后活跃度持续提升，续约风险低。",
          "客户分享了{feature}的内部成功案例。"),
    bad=("最近几周登录率下降，{person}担心推广效果。",
         "实施进度停滞，管理员培训还没有完成。",
         "客户质疑{feature}的价值，续约存在风险。",
         "客户投诉响应太慢，{person}很不满意。"),
    neutral=("与{person}讨论了{topic}。", "讲解了{feature}和QBR议程。",
             "回顾了未关闭的工单和实施计划。", "确认了{topic}的时间表。"),
    pairs=(("能给我们看看其他公司的案例吗？", "帮助他们想象在自己公司成功的样子"),
           ("我们需要更多培训。", "新用户缺乏信心，需要按角色设计的使用路径"),
           ("能不能支持导出到Excel？", "财务部门需要可信的数据用于月度报告"),
           ("价格相对我们的使用量太高了。", "他们还没看到价值，需要对照目标展示投资回报"),
           ("能给我们的管理层做个汇报吗？", "负责人需要高层支持来推动续约"),
           ("上线以后的支持怎么安排？", "担心上线后没人管"),
           ("一线员工登录得不多。", "产品还没融入日常工作，需要和周会结合"),
           ("想了解一下产品路线图。", "他们在做明年的预算规划，想知道我们的方向")),
    next_steps=("把上线检查清单发给{person}", "下周安排管理员培训", "准备QBR使用情况报告",
                "给{person}分享两个客户案例", "跟进续约方案", "安排{feature}专题工作坊",
                "和支持团队跟进未关闭工单"),
)  # fmt: skip

VOICES: dict[str, Voice] = {EN: _EN, JA: _JA, ZH: _ZH}
