<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>e.g. Tokyo Tech KK</source>
        <translation>例如：东京科技株式会社</translation>
    </message>
    <message>
        <source>e.g. tokyotech.co.jp</source>
        <translation>例如：tokyotech.co.jp</translation>
    </message>
    <message>
        <source>e.g. Manufacturing</source>
        <translation>例如：制造业</translation>
    </message>
    <message>
        <source>The CSM who owns the account</source>
        <translation>负责该客户的客户成功经理</translation>
    </message>
    <message>
        <source>e.g. 120,000</source>
        <translation>例如：120,000</translation>
    </message>
    <message>
        <source>An ISO 4217 code: pick one or type it</source>
        <translation>ISO 4217 货币代码：从列表选择或直接输入</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>等级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>细分市场(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation>ARR(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Contract s&amp;tart:</source>
        <translation>合同开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Renewal date:</source>
        <translation>续约日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Create account “%1”</source>
        <translation>创建客户“%1”</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>编辑客户“%1”</translation>
    </message>
    <message>
        <source>Look for the account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Your book may already have this account. Open it, or choose Create anyway.</source>
        <translation>您的客户组合中可能已有该客户。请打开已有客户，或选择“仍然创建”。</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>打开“%1”</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>归档“%1”</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>恢复“%1”</translation>
    </message>
</context>
<context>
    <name>AccountHeaderBar</name>
    <message>
        <source>Annual recurring revenue</source>
        <translation>年度经常性收入</translation>
    </message>
    <message>
        <source>Renewal countdown</source>
        <translation>续约倒计时</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Edit the account&apos;s name, domain, tier, ARR, dates…</source>
        <translation>编辑客户的名称、域名、等级、ARR、日期等…</translation>
    </message>
    <message>
        <source>Archived: not in the portfolio</source>
        <translation>已归档：不在客户组合中</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>the renewal countdown (the renewal date)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AccountHealthPanel</name>
    <message>
        <source>Account health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度分数</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>健康度区间</translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation>分数趋势</translation>
    </message>
    <message>
        <source>Score confidence</source>
        <translation>分数可信度</translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation>缺失的输入</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Indicators today</source>
        <translation>今日指标</translation>
    </message>
    <message>
        <source>Why did it move?</source>
        <translation>为什么会变化？</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>分数变化</translation>
    </message>
    <message>
        <source>Points then</source>
        <translation>当时得分</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>当前得分</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Contribution of each indicator to the change</source>
        <translation>各指标对变化的贡献</translation>
    </message>
    <message>
        <source>Contributions chart</source>
        <translation>贡献图</translation>
    </message>
    <message>
        <source>Health could not be computed: %1</source>
        <translation>无法计算健康度：%1</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3 stage</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3阶段</translation>
    </message>
    <message>
        <source>Trend: %1 over 30 days · %2 over 90 days</source>
        <translation>趋势：30 天 %1 · 90 天 %2</translation>
    </message>
    <message>
        <source>Missing inputs (not counted as zero; their weight goes to the others): %1</source>
        <translation>缺失的输入（不按零计算，其权重分配给其他指标）：%1</translation>
    </message>
    <message>
        <source>No missing inputs.</source>
        <translation>没有缺失的输入。</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>（自 %1 起）</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Early warnings&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;⚠ 预警&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Health ⚠ %1</source>
        <translation>健康度 ⚠ %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>No score on %1 or %2: nothing to explain.</source>
        <translation>%1 或 %2 没有分数，无可解释的变化。</translation>
    </message>
    <message>
        <source>Score %1 on %2 → %3 on %4: &lt;b&gt;%5 points&lt;/b&gt;, split by indicator below.</source>
        <translation>%2 的分数 %1 → %4 的 %3：&lt;b&gt;%5 分&lt;/b&gt;，各指标明细见下表。</translation>
    </message>
    <message>
        <source>Explain health change</source>
        <translation>解释健康度变化</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Plan, stakeholders, renewals and risks</source>
        <translation>计划、干系人、续约和风险</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>成功计划</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Export account plan…</source>
        <translation>导出客户计划…</translation>
    </message>
    <message>
        <source>A PDF of the plan to share with the customer</source>
        <translation>可与客户分享的计划 PDF</translation>
    </message>
    <message>
        <source>Meeting brief…</source>
        <translation>会议简报…</translation>
    </message>
    <message>
        <source>One page to read before the next meeting with this account</source>
        <translation>与此客户下次会议前阅读的一页简报</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>删除接触点</translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation>计划已导出到 %1</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>The account could not be read:
%1</source>
        <translation>无法读取该客户：
%1</translation>
    </message>
    <message>
        <source>Stakeholders (%1)</source>
        <translation>干系人（%1）</translation>
    </message>
    <message>
        <source>Renewals (%1)</source>
        <translation>续约（%1）</translation>
    </message>
    <message>
        <source>Risks (%1 open)</source>
        <translation>风险（%1 项未解决）</translation>
    </message>
    <message>
        <source>Tasks (%1 open)</source>
        <translation>任务（%1 项未完成）</translation>
    </message>
    <message>
        <source>Find touchpoint</source>
        <translation>查找接触点</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CS Desktop cannot open the store</source>
        <translation>CS Desktop 无法打开数据存储</translation>
    </message>
</context>
<context>
    <name>AucChart</name>
    <message>
        <source>AUC, 95% interval (0.5 = chance)</source>
        <translation>AUC 及 95% 区间（0.5 = 随机）</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message numerus="yes">
        <source>%n mail file(s)</source>
        <translation>
            <numerusform>%n 个邮件文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s) matched no account and wait in the unmatched list.</source>
        <translation>
            <numerusform>%1：%Ln 项未匹配任何客户，已放入未匹配列表等待分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>显示列表</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>导入已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s), %2 of the weight</source>
        <translation>
            <numerusform>%Ln 个指标中的 %1 个，占权重的 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry less than %1 of the weight, so the score is never shown green.</source>
        <translation>可信度低：现有输入占权重不足 %1，因此分数不会显示为绿色。</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>可信度低</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>选中的冲突</translation>
    </message>
    <message>
        <source>Last synced value</source>
        <translation>上次同步的值</translation>
    </message>
    <message>
        <source>Mine, on this computer</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <source>Theirs, in the CRM</source>
        <translation>CRM 中的值</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Theirs (CRM)</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留本机的值(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留 CRM 的值(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>保留本机的值</translation>
    </message>
    <message>
        <source>Keep the CRM&apos;s value</source>
        <translation>保留 CRM 的值</translation>
    </message>
    <message>
        <source>Edit the value to keep</source>
        <translation>编辑要保留的值</translation>
    </message>
    <message>
        <source>Conflict queue status</source>
        <translation>冲突队列状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Read sync conflicts</source>
        <translation>读取同步冲突</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>有 %Ln 个冲突待解决</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation>没有剩余的冲突。</translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation>没有需要解决的内容</translation>
    </message>
    <message>
        <source>When a sync finds a field changed both here and in the CRM, it waits here.</source>
        <translation>同步时若发现某字段在本机和 CRM 中都被修改，会在此等待处理。</translation>
    </message>
    <message>
        <source>This record was deleted on this computer and edited in the CRM since the last sync. Keep it deleted (the next sync deletes it in the CRM too), or restore the CRM&apos;s version (the next sync brings it back here).</source>
        <translation>自上次同步以来，这条记录已在本机删除，并在 CRM 中被编辑。请保持删除（下次同步会在 CRM 中也将其删除），或恢复 CRM 中的版本（下次同步会将其取回本机）。</translation>
    </message>
    <message>
        <source>This record was edited on this computer and deleted in the CRM since the last sync. Restore it with your edit (the next sync creates it in the CRM again), or keep it deleted (it is deleted here too).</source>
        <translation>自上次同步以来，这条记录已在本机编辑，并在 CRM 中被删除。请按你的编辑恢复（下次同步会在 CRM 中重新创建它），或保持删除（本机也会将其删除）。</translation>
    </message>
    <message>
        <source>Both sides changed this note since the last sync. Notes are never merged automatically: keep one version, or Edit… to write the one to keep.</source>
        <translation>自上次同步以来，双方都修改了这条备注。备注不会自动合并：请保留其中一个版本，或通过“编辑…”写出要保留的内容。</translation>
    </message>
    <message>
        <source>Both sides changed this field since the last sync. Which value stays?</source>
        <translation>自上次同步以来，双方都修改了该字段。保留哪个值？</translation>
    </message>
    <message>
        <source>%1, on both sides</source>
        <translation>%1（双方均存在）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Keep it &amp;deleted</source>
        <translation>保持删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore the CRM&apos;s version</source>
        <translation>恢复 CRM 中的版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore with my edit</source>
        <translation>按我的编辑恢复(&amp;R)</translation>
    </message>
    <message>
        <source>kept deleted</source>
        <translation>已保持删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>已保留本机的值</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>已保留 CRM 的值</translation>
    </message>
    <message>
        <source>kept the edited value</source>
        <translation>已保留编辑后的值</translation>
    </message>
    <message>
        <source>Resolving a sync conflict</source>
        <translation>正在解决同步冲突</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Satisfied with the product</source>
        <translation>对产品满意</translation>
    </message>
    <message>
        <source>Satisfied with the service</source>
        <translation>对服务满意</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>推断的需求</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>其他参与者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>续约前 ARR</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>续约后 ARR</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>预计结果</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Expected ARR</source>
        <translation>预计 ARR</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>达成一致的对象</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>达成一致日期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>一方已删除</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>续约预测</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>成功计划</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>计划目标</translation>
    </message>
    <message>
        <source>Plan milestone</source>
        <translation>计划里程碑</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ContributionChart</name>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong in CS Desktop.&lt;/b&gt;</source>
        <translation>&lt;b&gt;CS Desktop 出现问题。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The app writes no log file: copy the details before closing this.</source>
        <translation>本应用不写日志文件：关闭前请复制详细信息。</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>详细信息也记录在日志文件 %1 中。</translation>
    </message>
    <message>
        <source>The app keeps running, but what you were doing may not have finished. Copy the details and send them to support: they hold no passwords or tokens.</source>
        <translation>应用仍在运行，但您刚才的操作可能未完成。请复制详细信息并发送给支持人员（其中不含密码或令牌）。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message numerus="yes">
        <source>%n more unexpected error(s) happened since; the log file has them.</source>
        <translation>
            <numerusform>此后又发生了 %n 个意外错误，已记录在日志文件中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CrmSettingsDialog</name>
    <message>
        <source>CRM sync settings</source>
        <translation>CRM 同步设置</translation>
    </message>
    <message>
        <source>Reading the connection…</source>
        <translation>正在读取连接…</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Local sandbox (crm-sandbox)</source>
        <translation>本地沙盒（crm-sandbox）</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Private-app token</source>
        <translation>私有应用令牌</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth 客户端 ID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth 客户端密钥</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth 刷新令牌</translation>
    </message>
    <message>
        <source>Only to paste one instead of signing in</source>
        <translation>仅在不登录而改为粘贴时填写</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser…</source>
        <translation>通过浏览器登录(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>取消登录(&amp;A)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation>仅在我选择“立即同步”时</translation>
    </message>
    <message>
        <source>Sync in the background every</source>
        <translation>后台同步间隔</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>CRM(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>组织(&amp;R)：</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登录方式(&amp;W)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>客户端密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation>登录：</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>刷新令牌(&amp;R)：</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>同步间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>钥匙串警告</translation>
    </message>
    <message>
        <source>&amp;Use the credentials for this session only</source>
        <translation>仅在本次会话中使用凭据(&amp;U)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Read the CRM connection</source>
        <translation>读取 CRM 连接</translation>
    </message>
    <message>
        <source>a private-app token</source>
        <translation>私有应用令牌</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>credentials kept for this session only (no system keychain)</source>
        <translation>凭据仅在本次会话中保留（没有系统钥匙串）</translation>
    </message>
    <message>
        <source>credentials in the system keychain</source>
        <translation>凭据保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>&lt;b&gt;but its credentials are not in the keychain&lt;/b&gt; (locked, reset or unavailable): enter them and Connect again</source>
        <translation>&lt;b&gt;但其凭据不在钥匙串中&lt;/b&gt;（已锁定、已重置或不可用）：请输入凭据并重新连接</translation>
    </message>
    <message>
        <source>Connected to %4 at %1 with %2; %3.</source>
        <translation>已通过%2连接到 %1 的 %4；%3。</translation>
    </message>
    <message>
        <source>At the last sync, %1 of the %2 API requests allowed a day were used.</source>
        <translation>上次同步时，每天允许的 %2 个 API 请求已使用 %1 个。</translation>
    </message>
    <message>
        <source>Not connected. Everything stays on this computer until you connect a CRM.</source>
        <translation>未连接。在连接 CRM 之前，所有数据都只保存在本机。</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>使用者密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>connected app&apos;s consumer key</source>
        <translation>关联应用的使用者密钥</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your credentials cannot be saved safely.&lt;/b&gt; %1. CS Desktop never writes them to a file; tick the box to keep them in memory until you quit, and connect again next time.</source>
        <translation>&lt;b&gt;无法安全保存您的凭据。&lt;/b&gt;%1。CS Desktop 从不将凭据写入文件；勾选此项可在退出前将其保存在内存中，下次需重新连接。</translation>
    </message>
    <message>
        <source>Enter the server address (https://…).</source>
        <translation>请输入服务器地址（https://…）。</translation>
    </message>
    <message>
        <source>Enter the private-app token.</source>
        <translation>请输入私有应用令牌。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser</source>
        <translation>正在等待浏览器中的登录</translation>
    </message>
    <message>
        <source>Sign in to %1 in the browser window that opened; CS Desktop waits here. Nothing opened? Check the browser, or paste a refresh token instead.</source>
        <translation>请在打开的浏览器窗口中登录 %1；CS Desktop 在此等待。没有打开任何窗口？请检查浏览器，或改为粘贴刷新令牌。</translation>
    </message>
    <message>
        <source>Signed in; connecting…</source>
        <translation>已登录；正在连接…</translation>
    </message>
    <message>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation>已取消登录；未保存任何内容。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Testing the CRM connection</source>
        <translation>正在测试 CRM 连接</translation>
    </message>
    <message>
        <source>Tick “Use the credentials for this session only” to connect anyway.</source>
        <translation>如仍要连接，请勾选“仅在本次会话中使用凭据”。</translation>
    </message>
    <message>
        <source>OAuth app (sign in through the browser)</source>
        <translation>OAuth 应用（通过浏览器登录）</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>在系统钥匙串中</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>仅在本次会话中</translation>
    </message>
    <message numerus="yes">
        <source>Connected; credentials kept %1. %Ln change(s) waiting, sent at the next sync.</source>
        <translation>
            <numerusform>已连接；凭据%1保存。%Ln 项更改待发送，将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: the keychain refused the credentials.</source>
        <translation>未连接：钥匙串拒绝了凭据。</translation>
    </message>
    <message>
        <source>Disconnected; the credentials are forgotten. Changes waiting stay here and are sent if you connect again.</source>
        <translation>已断开连接，凭据已清除。待发送的更改仍保留在本机，重新连接后会发送。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 – %2</source>
        <comment>a period: its first day, its last day</comment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Log “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>移至%1</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>完成任务“%1”</translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation>重新打开任务“%1”</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
</context>
<context>
    <name>ForecastFormDialog</name>
    <message>
        <source>Forecast the open renewal</source>
        <translation>预测本期续约</translation>
    </message>
    <message>
        <source>Edit forecast</source>
        <translation>编辑预测</translation>
    </message>
    <message>
        <source>ARR today: %1</source>
        <translation>当前 ARR：%1</translation>
    </message>
    <message>
        <source>What the forecast rests on</source>
        <translation>预测的依据</translation>
    </message>
    <message>
        <source>&amp;Expected outcome:</source>
        <translation>预期结果(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>可能性(&amp;P)：</translation>
    </message>
    <message>
        <source>Expected &amp;ARR:</source>
        <translation>预期 ARR(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Forecast renewal (%1)</source>
        <translation>预测续约（%1）</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>HealthFeed</name>
    <message>
        <source>Computing health scores</source>
        <translation>正在计算健康度分数</translation>
    </message>
    <message>
        <source>Keep early warnings</source>
        <translation>保存预警</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>健康度分数</translation>
    </message>
    <message>
        <source>Keep health scores</source>
        <translation>保存健康度分数</translation>
    </message>
    <message>
        <source>Pack health samples</source>
        <translation>打包健康度数据</translation>
    </message>
    <message>
        <source>Recompute health</source>
        <translation>重新计算健康度</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported; %Ln cell(s) were changed or allowed on the way in.</source>
        <translation>
            <numerusform>已导入 %1；导入时修改或放行了 %Ln 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>已取消导入，未写入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); daily samples added %1, updated %2, unchanged %3</source>
        <translation>
            <numerusform>%Ln 行（每日数据：新增 %1 条，更新 %2 条，未变更 %3 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 有 %Ln 个问题；请修正后重新导入。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) look like accounts already in the store: the same domain, but another record. Nothing was written.

Import them as new accounts anyway?</source>
        <translation>
            <numerusform>%1：有 %Ln 行看起来是已存在的客户（域名相同，但记录不同）。未写入任何内容。

仍要作为新客户导入吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>仍然导入</translation>
    </message>
</context>
<context>
    <name>KeyPromptDialog</name>
    <message>
        <source>Open the encrypted store</source>
        <translation>打开加密的数据库</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>恢复密钥或密码短语</translation>
    </message>
    <message>
        <source>Recovery key or &amp;passphrase:</source>
        <translation>恢复密钥或密码短语(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>%1 details</source>
        <translation>%1详情</translation>
    </message>
</context>
<context>
    <name>LocalOnly</name>
    <message>
        <source>Sync with the CRM sends accounts, stakeholders, touchpoints, tasks, renewals and success plans. This stays on this computer only.</source>
        <translation>与 CRM 同步会发送客户、干系人、接触记录、任务、续约和成功计划。此项仅保留在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>LossReasonsSection</name>
    <message>
        <source>Why customers left or shrank</source>
        <translation>客户流失或缩减的原因</translation>
    </message>
    <message>
        <source>Open risks by category</source>
        <translation>按类别统计的未解决风险</translation>
    </message>
    <message>
        <source>Churned and contracted renewals, by reason</source>
        <translation>流失和缩减的续约（按原因）</translation>
    </message>
    <message>
        <source>Open risks (open or being mitigated), by category</source>
        <translation>未解决风险（未处理或处理中），按类别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>缩减</translation>
    </message>
    <message>
        <source>ARR lost (%1)</source>
        <translation>损失的 ARR（%1）</translation>
    </message>
    <message>
        <source>ARR lost, in %1</source>
        <translation>损失的 ARR（换算为 %1）</translation>
    </message>
    <message>
        <source>No customer left or shrank in this period.</source>
        <translation>本期间没有客户流失或缩减。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency; not converted into %1: %2.</source>
        <translation>损失的 ARR 为续约前减续约后的金额，按各客户自己的货币计；未换算为 %1：%2。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency, and in %1 at the rate of the day each renewal ended: %2 in all.</source>
        <translation>损失的 ARR 为续约前减续约后的金额，按各客户自己的货币计，并按每次续约结束当日的汇率换算为 %1：合计 %2。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency.</source>
        <translation>损失的 ARR 为续约前减续约后的金额，按各客户自己的货币计。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解决风险</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CS Desktop — %1</source>
        <translation>CS Desktop — %1</translation>
    </message>
    <message>
        <source>Portfolio and open accounts</source>
        <translation>客户组合和已打开的客户</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Import &amp;accounts…</source>
        <translation>导入客户(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;touchpoints…</source>
        <translation>导入接触点(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;usage data…</source>
        <translation>导入使用数据(&amp;U)…</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>导入日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;mail…</source>
        <translation>导入邮件(&amp;M)…</translation>
    </message>
    <message>
        <source>Import a mail &amp;folder…</source>
        <translation>导入邮件文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Unmatched meetings and mai&amp;ls…</source>
        <translation>未匹配的会议和邮件(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a &amp;sample portfolio</source>
        <translation>打开示例客户组合(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation>备份数据存储(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;plans of the filtered portfolio…</source>
        <translation>导出筛选后客户组合的计划(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search accounts and notes…</source>
        <translation>搜索客户和备注(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter portfolio</source>
        <translation>筛选客户组合(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>我的一天(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>客户组合(&amp;P)</translation>
    </message>
    <message>
        <source>Portfolio &amp;health</source>
        <translation>客户组合健康度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious tab</source>
        <translation>上一个标签页(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open selected account</source>
        <translation>打开所选客户(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation>编辑客户(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;rchive account</source>
        <translation>归档客户(&amp;R)</translation>
    </message>
    <message>
        <source>Restore a&amp;rchived account</source>
        <translation>恢复已归档的客户(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation>记录接触点(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export account plan…</source>
        <translation>导出客户计划(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;stage</source>
        <translation>移至阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close account tab</source>
        <translation>关闭客户标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>CRM &amp;settings…</source>
        <translation>CRM 设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>汇率(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CS Desktop</source>
        <translation>关于 CS Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Load portfolio</source>
        <translation>加载客户组合</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>刷新客户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open or select an account first</source>
        <translation>请先打开或选择一个客户</translation>
    </message>
    <message>
        <source>Archived “%1”: Ctrl+Z brings it back</source>
        <translation>已归档“%1”：按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Restored “%1”</source>
        <translation>已恢复“%1”</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Open an account first</source>
        <translation>请先打开一个客户</translation>
    </message>
    <message>
        <source>Portfolio health</source>
        <translation>客户组合健康度</translation>
    </message>
    <message>
        <source>A sync is already running</source>
        <translation>同步已在进行中</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>报告货币(&amp;R)：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>需要重新连接</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>已同步：发送 %1 条，接收 %2 条</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln new conflict(s)</source>
        <translation>
            <numerusform>%1；%Ln 个新冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>Creating a sample portfolio</source>
        <translation>正在创建示例客户组合</translation>
    </message>
    <message>
        <source>Sample portfolio</source>
        <translation>示例客户组合</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation>导入接触点</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>导入使用数据</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>日历 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>导入邮件</translation>
    </message>
    <message>
        <source>Mails (*.eml *.msg);;All files (*)</source>
        <translation>邮件 (*.eml *.msg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a mail folder</source>
        <translation>导入邮件文件夹</translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation>备份数据存储</translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3)</source>
        <translation>CS Desktop 数据存储 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>No accounts match the filter</source>
        <translation>没有符合筛选条件的客户</translation>
    </message>
    <message>
        <source>%1: not done, the store is damaged</source>
        <translation>%1：未完成，数据存储已损坏</translation>
    </message>
    <message>
        <source>%1: not saved, the store is read-only</source>
        <translation>%1：未保存，数据存储为只读</translation>
    </message>
    <message>
        <source>A sync is running: let it finish (or cancel it), then restore.</source>
        <translation>同步正在进行：请等待其完成（或取消）后再恢复。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About CS Desktop</source>
        <translation>关于 CS Desktop</translation>
    </message>
    <message>
        <source>CS Desktop %1
Your customer portfolio, offline.
Store: %2</source>
        <translation>CS Desktop %1
您的客户组合，离线也能用。
数据存储：%2</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <source>Record a measurement</source>
        <translation>记录测量值</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 65%</source>
        <translation>例如：1.8 或 65%</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Measurement problem</source>
        <translation>测量值问题</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Measured on</source>
        <translation>测量日期(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>值(&amp;V)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>Record %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Record a measurement</source>
        <translation>记录测量值</translation>
    </message>
</context>
<context>
    <name>MeetingBriefWindow</name>
    <message>
        <source>Meeting brief</source>
        <translation>会议简报</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Meeting brief: %1</source>
        <translation>会议简报：%1</translation>
    </message>
    <message>
        <source>The brief could not be read: %1</source>
        <translation>无法读取简报：%1</translation>
    </message>
    <message>
        <source>Save meeting brief</source>
        <translation>保存会议简报</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Brief written to %1</source>
        <translation>简报已写入 %1</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New delivery step</source>
        <translation>新建交付步骤</translation>
    </message>
    <message>
        <source>Edit delivery step</source>
        <translation>编辑交付步骤</translation>
    </message>
    <message>
        <source>What we deliver, e.g. Admin training</source>
        <translation>交付的内容，例如：管理员培训</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Who on our side carries it</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>完成日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Add delivery step</source>
        <translation>添加交付步骤</translation>
    </message>
</context>
<context>
    <name>MyDayModel</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enter or a double-click folds or unfolds the group</source>
        <translation>按 Enter 或双击折叠或展开该组</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (no exchange rate into %2 today)</source>
        <translation>%1（今天没有换算为 %2 的汇率）</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>&amp;Open account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Take this early warning off My day (Ctrl+D)</source>
        <translation>将此预警从我的一天中移除 (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>暂缓(&amp;S)…</translation>
    </message>
    <message>
        <source>Take this early warning off My day until a day you choose</source>
        <translation>在你选择的日期之前将此预警从我的一天中移除</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>我的一天 — %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>今天没有需要你处理的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) across the book; Enter opens the account</source>
        <translation>
            <numerusform>整个客户组合共 %n 项；按 Enter 打开客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge “%1”</source>
        <translation>确认“%1”</translation>
    </message>
    <message>
        <source>Snooze “%1” until %2</source>
        <translation>将“%1”暂缓至 %2</translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation>暂缓到明天(&amp;T)</translation>
    </message>
    <message>
        <source>Snooze for a &amp;week</source>
        <translation>暂缓一周(&amp;W)</translation>
    </message>
    <message>
        <source>Snooze &amp;until…</source>
        <translation>暂缓至指定日期(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New customer goal</source>
        <translation>新建客户目标</translation>
    </message>
    <message>
        <source>Edit customer goal</source>
        <translation>编辑客户目标</translation>
    </message>
    <message>
        <source>What the customer wants to achieve, in their words</source>
        <translation>客户想要达成的目标（用客户的原话）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>How the customer tells it is reached</source>
        <translation>客户如何判断已达成</translation>
    </message>
    <message>
        <source>The latest value measured</source>
        <translation>最新测量值</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量方式</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>期限(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>目标日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>衡量方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Measured &amp;value:</source>
        <translation>测量值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>达成日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Add customer goal</source>
        <translation>添加客户目标</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to set a date; untick to leave it empty</source>
        <translation>勾选以设置日期；取消勾选则留空</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the store with a passphrase</source>
        <translation>用密码短语加密数据库</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New success plan</source>
        <translation>新建成功计划</translation>
    </message>
    <message>
        <source>Edit success plan</source>
        <translation>编辑成功计划</translation>
    </message>
    <message>
        <source>e.g. Success plan FY2026</source>
        <translation>例如：2026 财年成功计划</translation>
    </message>
    <message>
        <source>What the customer wants, and how we get them there</source>
        <translation>客户想要什么，以及我们如何帮助他们实现</translation>
    </message>
    <message>
        <source>Who on the customer&apos;s side agreed</source>
        <translation>客户方的认可人</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>认可日期</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>计划标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>认可人</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>认可人(&amp;W)：</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>认可日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Create success plan</source>
        <translation>创建成功计划</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>The customer&apos;s goals (journey A)</source>
        <translation>客户的目标（旅程 A）</translation>
    </message>
    <message>
        <source>Our delivery milestones (journey B)</source>
        <translation>我们的交付里程碑（旅程 B）</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>商定的后续步骤</translation>
    </message>
    <message>
        <source>Health score and trajectory</source>
        <translation>健康度分数与趋势</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解决的风险</translation>
    </message>
    <message>
        <source>Renewals and ARR</source>
        <translation>续约与 ARR</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Touchpoints with their notes</source>
        <translation>接触点及其备注</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>待办任务</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), as they will be saved</source>
        <translation>
            <numerusform>将保存的 %Ln 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for %Ln account plan(s)</source>
        <translation>
            <numerusform>%Ln 份客户计划的保存文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln account plan(s)</source>
        <translation>
            <numerusform>正在导出 %Ln 份客户计划</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln plan(s) written to %2</source>
        <translation>
            <numerusform>%Ln 份计划中已有 %1 份导出到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln failed</source>
        <translation>
            <numerusform>%1；%Ln 份失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export account plan</source>
        <translation>导出客户计划</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Customer: nothing internal</source>
        <translation>客户版：不含内部信息(&amp;C)</translation>
    </message>
    <message>
        <source>Goals, milestones, stage and agreed next steps; never touchpoint notes, the health score, risks, inferred needs, satisfaction answers or tasks</source>
        <translation>目标、里程碑、阶段和商定的后续步骤；绝不包含接触点备注、健康度分数、风险、推断的需求、满意度回答或任务</translation>
    </message>
    <message>
        <source>&amp;Internal: everything, for the team</source>
        <translation>内部版：全部内容，供团队使用(&amp;I)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Preview of the plan</source>
        <translation>计划预览</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the plan of %1</source>
        <translation>正在导出 %1 的计划</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>{path} could not be rendered: Qt refused to draw the PDF. Try again.</source>
        <translation>无法生成 {path}：Qt 无法绘制该 PDF。请重试。</translation>
    </message>
</context>
<context>
    <name>PortfolioHealthView</name>
    <message>
        <source>Portfolio health</source>
        <translation>客户组合健康度</translation>
    </message>
    <message>
        <source>Outcomes of the renewals in a period</source>
        <translation>期间内的续约结果</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>过去 12 个月</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上个季度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>今年至今</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始日期</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束日期</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation>期间摘要</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告货币</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <source>Renewals that kept the customer</source>
        <translation>留住客户的续约比例</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>总收入留存率</translation>
    </message>
    <message>
        <source>ARR kept at renewal without expansion: the product and service&apos;s own test</source>
        <translation>续约时保留的 ARR（不含扩展）：检验产品和服务本身</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>净收入留存率</translation>
    </message>
    <message>
        <source>ARR after renewal, expansion included: can hide a weak product or service</source>
        <translation>续约后的 ARR（含扩展）：可能掩盖产品或服务的不足</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>流失 ARR</translation>
    </message>
    <message>
        <source>Contracted ARR</source>
        <translation>缩减 ARR</translation>
    </message>
    <message>
        <source>Expansion ARR</source>
        <translation>扩展 ARR</translation>
    </message>
    <message>
        <source>Why customers left or shrank (in the period), and open risks</source>
        <translation>客户流失或缩减的原因（期间内）及未解决风险</translation>
    </message>
    <message>
        <source>Churn what-if</source>
        <translation>流失率模拟</translation>
    </message>
    <message>
        <source>Current monthly churn</source>
        <translation>当前月流失率</translation>
    </message>
    <message>
        <source>Target monthly churn</source>
        <translation>目标月流失率</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>New recurring revenue per month</source>
        <translation>每月新增经常性收入</translation>
    </message>
    <message>
        <source>&amp;Current churn / month</source>
        <translation>当前流失率／月(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Target churn / month</source>
        <translation>目标流失率／月(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>年数(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New revenue / month</source>
        <translation>新增收入／月(&amp;N)</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>模拟结果</translation>
    </message>
    <message>
        <source>Model: each month the existing revenue loses the churn rate of itself (a negative rate is net expansion) and the same new revenue is added. Cutting churn pays off this much only with ongoing new business.</source>
        <translation>模型：每月现有收入按流失率减少（负值表示净扩展），并增加相同的新增收入。只有在持续获得新业务时，降低流失率才会有这么大的回报。</translation>
    </message>
    <message>
        <source>What-if assumption</source>
        <translation>模拟假设</translation>
    </message>
    <message>
        <source>Projected revenue chart</source>
        <translation>收入预测图</translation>
    </message>
    <message>
        <source>Successful accounts over time</source>
        <translation>成功客户数随时间变化</translation>
    </message>
    <message>
        <source>Success model definition</source>
        <translation>成功模型定义</translation>
    </message>
    <message>
        <source>Successful accounts chart</source>
        <translation>成功客户图</translation>
    </message>
    <message>
        <source>Does the score predict renewal? Indicator validation</source>
        <translation>分数能预测续约吗？指标验证</translation>
    </message>
    <message>
        <source>Computing health scores…</source>
        <translation>正在计算健康度分数…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Portfolio outcomes</source>
        <translation>客户组合成果</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>客户流失原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln renewal(s) kept</source>
        <translation>
            <numerusform>%Ln 次续约中留住 %1 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals whose period ended %1 to %2, in %3 at the exchange rate of the day each ended.</source>
        <translation>期间于 %1 至 %2 结束的续约，按各自结束当日的汇率换算为 %3。</translation>
    </message>
    <message>
        <source>Renewals whose period ended %1 to %2.</source>
        <translation>期间于 %1 至 %2 结束的续约。</translation>
    </message>
    <message>
        <source>As recorded: %1</source>
        <translation>原币金额：%1</translation>
    </message>
    <message>
        <source>of %1 ARR up for renewal</source>
        <translation>待续约 ARR %1 中</translation>
    </message>
    <message>
        <source>%1 ARR after renewal</source>
        <translation>续约后 ARR %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logo(s) churned</source>
        <translation>
            <numerusform>流失 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) contracted</source>
        <translation>
            <numerusform>%Ln 次续约缩减</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) expanded</source>
        <translation>
            <numerusform>%Ln 次续约扩展</numerusform>
        </translation>
    </message>
    <message>
        <source>No renewal ended in this period.</source>
        <translation>本期间没有结束的续约。</translation>
    </message>
    <message>
        <source>Amounts in %1 · &lt;a href=&apos;rates&apos;&gt;Exchange rates…&lt;/a&gt;</source>
        <translation>金额以 %1 计 · &lt;a href=&apos;rates&apos;&gt;汇率…&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>After %n year(s): &lt;b&gt;%2×&lt;/b&gt; the revenue with %3 monthly churn instead of %4 (%5 vs %6 per month).</source>
        <translation>
            <numerusform>%n 年后：月流失率为 %3 而非 %4 时，收入为 &lt;b&gt;%2 倍&lt;/b&gt;（每月 %5 对 %6）。</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>recurring revenue / month</source>
        <translation>经常性收入／月</translation>
    </message>
    <message>
        <source>recurring revenue / month (%1)</source>
        <translation>经常性收入／月（%1）</translation>
    </message>
    <message>
        <source>%1 churn / month</source>
        <translation>流失率 %1／月</translation>
    </message>
    <message>
        <source>Could not compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>“%1”: in %2, score at least %3 on each of the last %4 days%5. Today: %6 of %7 scored accounts.</source>
        <translation>“%1”：处于%2阶段，最近 %4 天每天分数不低于 %3%5。今天：%7 个有分数的客户中有 %6 个。</translation>
    </message>
    <message>
        <source>successful accounts</source>
        <translation>成功客户</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renews in</source>
        <translation>距续约</translation>
    </message>
    <message>
        <source>Last touchpoint</source>
        <translation>最近接触点</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>已流失</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no rate)</source>
        <translation>%1（无汇率）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not converted: %1</source>
        <translation>未换算：%1</translation>
    </message>
    <message>
        <source>%1 = %2 at the %3-&gt;%4 rate of %5 (from %6)</source>
        <translation>%1 = %2（%3-&gt;%4 汇率 %5，自 %6 起适用）</translation>
    </message>
    <message>
        <source>Health is being computed</source>
        <translation>正在计算健康度</translation>
    </message>
    <message>
        <source>No health inputs recorded yet</source>
        <translation>尚未记录健康度输入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Health %1 (%2)</source>
        <translation>健康度 %1（%2）</translation>
    </message>
    <message>
        <source>Health %1 (%2), %3 in 30 days</source>
        <translation>健康度 %1（%2），30 天内 %3</translation>
    </message>
    <message>
        <source>Archived: out of the book until restored</source>
        <translation>已归档：恢复前不在客户组合中</translation>
    </message>
    <message>
        <source>Churned: the contract ended on %1</source>
        <translation>已流失：合同于 %1 结束</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>%1 续约</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Filter accounts by name or owner…</source>
        <translation>按名称或负责人筛选客户…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>筛选客户</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Churned customers and archived accounts have left the book: shown on request</source>
        <translation>已流失的客户和已归档的客户不在客户组合中：选择后才显示</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>阶段筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>等级筛选</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>任意健康度</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Health band filter</source>
        <translation>健康度区间筛选</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>任意可信度</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>可信度低</translation>
    </message>
    <message>
        <source>Enough data</source>
        <translation>数据充足</translation>
    </message>
    <message>
        <source>Score confidence filter</source>
        <translation>分数可信度筛选</translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry too little of the scorecard&apos;s weight</source>
        <translation>可信度低：现有输入在评分卡权重中占比过低</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>负责人筛选</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>符合条件的客户</translation>
    </message>
    <message>
        <source>Total ARR</source>
        <translation>ARR 总额</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个客户中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Total ARR not computed: %1. Add it in Tools → Exchange rates…</source>
        <translation>ARR 总额未计算：%1。请在“工具 → 汇率…”中添加</translation>
    </message>
    <message>
        <source>Total ARR of the accounts shown: %1 (%2, at today&apos;s rates)</source>
        <translation>所显示客户的 ARR 总额：%1（%2，按今日汇率换算）</translation>
    </message>
    <message>
        <source>Total ARR of the accounts shown: %1</source>
        <translation>所显示客户的 ARR 总额：%1</translation>
    </message>
    <message>
        <source>In the reporting currency, %1; as recorded: %2</source>
        <translation>以报告货币 %1 计；原币金额：%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The window changes language at once; open accounts and typed text stay.</source>
        <translation>界面语言会立即切换；已打开的客户和输入的内容都会保留。</translation>
    </message>
</context>
<context>
    <name>QtHealthChart</name>
    <message>
        <source>Point at the chart to read values</source>
        <translation>将指针移到图表上可查看数值</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>指针处的值</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Health trajectory chart</source>
        <translation>健康度走势图</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度分数</translation>
    </message>
    <message>
        <source>Indicator samples (no health score yet)</source>
        <translation>指标数据（尚无健康度分数）</translation>
    </message>
    <message>
        <source>Average of indicators</source>
        <translation>指标平均值</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>No health samples recorded yet</source>
        <translation>尚未记录健康度数据</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>续约到期</translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation>产品：%1 / 服务：%2</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>(each scaled 0 to 100 over its own range)</source>
        <translation>（各自按其范围换算为 0 到 100）</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>部分不满意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>续约</translation>
    </message>
</context>
<context>
    <name>RateFormDialog</name>
    <message>
        <source>Change exchange rate</source>
        <translation>更改汇率</translation>
    </message>
    <message>
        <source>Add exchange rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <source>The currency converted: an ISO 4217 code</source>
        <translation>被换算的货币：ISO 4217 代码</translation>
    </message>
    <message>
        <source>The currency it is converted into</source>
        <translation>换算成的货币</translation>
    </message>
    <message>
        <source>e.g. 0.0067</source>
        <translation>例如：0.0067</translation>
    </message>
    <message>
        <source>e.g. ECB reference rate</source>
        <translation>例如：欧洲央行参考汇率</translation>
    </message>
    <message>
        <source>&amp;From the day:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>One &amp;unit of:</source>
        <translation>原货币 1 单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Is &amp;worth:</source>
        <translation>相当于(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>目标货币(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>报告货币(&amp;R)：</translation>
    </message>
    <message>
        <source>Totals, retention and ARR sorting are computed in the reporting currency. Each amount is converted with the latest rate of its pair on or before its date (the day a renewal ended; today for current ARR). A rate also converts the other way.</source>
        <translation>合计、留存率和按 ARR 排序均以报告货币计算。每笔金额按其日期（续约为结束日，当前 ARR 为今天）当天或之前该货币对的最新汇率换算。汇率也可用于反向换算。</translation>
    </message>
    <message>
        <source>Missing rates</source>
        <translation>缺少的汇率</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原货币</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标货币</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>删除汇率</translation>
    </message>
    <message>
        <source>No exchange rates yet. Add one, or import a CSV file with the columns date, from, to, rate (and optionally source).</source>
        <translation>尚无汇率。请添加，或导入包含 date、from、to、rate 列（可选 source 列）的 CSV 文件。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>This computer only: exchange rates are not sent to the CRM.</source>
        <translation>仅限这台电脑：汇率不会发送到 CRM。</translation>
    </message>
    <message>
        <source>Missing for today&apos;s ARR: %1</source>
        <translation>当前 ARR 无法换算：%1</translation>
    </message>
    <message>
        <source>Delete the %1-&gt;%2 rate of %3</source>
        <translation>删除 %3 的 %1-&gt;%2 汇率</translation>
    </message>
    <message>
        <source>Deleted: Ctrl+Z brings it back.</source>
        <translation>已删除：按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Saved: Ctrl+Z undoes it.</source>
        <translation>已保存：按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>已导入 %1：新增 %2 条，更新 %3 条。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>未从 %1 导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 有 %Ln 个问题；请修正后重新导入。未写入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>The store is encrypted: its key is in this computer&apos;s keychain. Print this recovery key or save it somewhere other than this computer. Restoring a backup on another computer asks for it, and the keychain is not a backup.</source>
        <translation>数据库已加密：其密钥保存在这台电脑的钥匙串中。请打印此恢复密钥，或将其保存在这台电脑以外的地方。在另一台电脑上恢复备份时需要它，钥匙串不是备份。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>cs-desktop-recovery-key.txt</source>
        <translation>cs-desktop-recovery-key.txt</translation>
    </message>
</context>
<context>
    <name>ReminderFeed</name>
    <message>
        <source>CS Desktop</source>
        <translation>CS Desktop</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, and %n more task(s)</source>
        <translation>
            <numerusform>%1 — %2，另有 %n 项任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalFormDialog</name>
    <message>
        <source>Choose why…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Close the open renewal</source>
        <translation>完成本期续约</translation>
    </message>
    <message>
        <source>Add past renewal</source>
        <translation>添加历史续约</translation>
    </message>
    <message>
        <source>Edit renewal</source>
        <translation>编辑续约</translation>
    </message>
    <message>
        <source>e.g. 120,000 (%1)</source>
        <translation>例如：120,000（%1）</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation>用一两句话说明发生了什么</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>期间开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>期间结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>ARR &amp;before:</source>
        <translation>续约前 ARR(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>ARR &amp;after:</source>
        <translation>续约后 ARR(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record how the open renewal ended. The forecast is cleared and the account&apos;s ARR becomes the ARR after. Ctrl+Z undoes it all.</source>
        <translation>记录本期续约的结果。预测将被清除，客户的 ARR 将变为续约后的 ARR。按 Ctrl+Z 可全部撤销。</translation>
    </message>
    <message>
        <source>Close renewal (%1)</source>
        <translation>完成续约（%1）</translation>
    </message>
    <message>
        <source>Add renewal (%1)</source>
        <translation>添加续约（%1）</translation>
    </message>
    <message>
        <source>Edit renewal (%1)</source>
        <translation>编辑续约（%1）</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>续约预测</translation>
    </message>
    <message>
        <source>Delete renewal %1 to %2</source>
        <translation>删除 %1 至 %2 的续约</translation>
    </message>
    <message>
        <source>Clear renewal forecast</source>
        <translation>清除续约预测</translation>
    </message>
</context>
<context>
    <name>RenewalsPanel</name>
    <message>
        <source>No past renewals recorded.
Add the terms that ended, with their outcome.</source>
        <translation>尚未记录历史续约。
请添加已结束的合同期及其结果。</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>ARR before → after</source>
        <translation>ARR 续约前 → 续约后</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Delete renewal</source>
        <translation>删除续约</translation>
    </message>
    <message>
        <source>Open renewal forecast</source>
        <translation>本期续约预测</translation>
    </message>
    <message>
        <source>How you expect the open renewal to end</source>
        <translation>您预计本期续约的结果</translation>
    </message>
    <message>
        <source>Close renewal…</source>
        <translation>完成续约…</translation>
    </message>
    <message>
        <source>Record how the open renewal ended; the forecast is then cleared</source>
        <translation>记录本期续约的结果；之后预测将被清除</translation>
    </message>
    <message>
        <source>Clear forecast</source>
        <translation>清除预测</translation>
    </message>
    <message>
        <source>Add past renewal…</source>
        <translation>添加历史续约…</translation>
    </message>
    <message>
        <source>Open renewal: no forecast yet.</source>
        <translation>本期续约：尚无预测。</translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation>预测…</translation>
    </message>
    <message>
        <source>Edit forecast…</source>
        <translation>编辑预测…</translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR, because of: %4</source>
        <translation>本期续约：预计%1（可能性 %2%），ARR %3，原因：%4</translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR</source>
        <translation>本期续约：预计%1（可能性 %2%），ARR %3</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add past renewal…</source>
        <translation>添加历史续约(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ReportingCurrencyField</name>
    <message>
        <source>Reporting currency</source>
        <translation>报告货币</translation>
    </message>
    <message>
        <source>Totals, retention and ARR sorting are computed in this currency, with the exchange rates of each amount&apos;s date</source>
        <translation>合计、留存率和按 ARR 排序均以此货币计算，使用各金额所在日期的汇率</translation>
    </message>
    <message>
        <source>Automatic: %1, the book&apos;s most common currency</source>
        <translation>自动：%1（客户组合中最常用的货币）</translation>
    </message>
    <message>
        <source>Amounts show as %1</source>
        <translation>金额显示为 %1</translation>
    </message>
    <message>
        <source>Set the reporting currency</source>
        <translation>设置报告货币</translation>
    </message>
</context>
<context>
    <name>ReportingFeed</name>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the store %1 with a backup. The store as it is now is kept in the backups folder beside it; what changed since the backup is not in the backup. Open accounts close and the undo history is cleared.</source>
        <translation>用备份替换数据存储 %1。当前的数据存储会保存在其旁边的备份文件夹中；备份之后的更改不在备份中。已打开的客户将关闭，撤销历史将被清除。</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No automatic backups of this store yet</source>
        <translation>该数据存储尚无自动备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3);;All files (*)</source>
        <translation>CS Desktop 数据存储 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RiskFormDialog</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>What stands in the way, and what is being done</source>
        <translation>有什么阻碍，以及正在采取什么措施</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>发现日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation>解决日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>This computer only: risks are not sent to the CRM.</source>
        <translation>仅限这台电脑：风险不会发送到 CRM。</translation>
    </message>
    <message>
        <source>Add risk (%1)</source>
        <translation>添加风险（%1）</translation>
    </message>
    <message>
        <source>Edit risk (%1)</source>
        <translation>编辑风险（%1）</translation>
    </message>
    <message>
        <source>Delete risk (%1)</source>
        <translation>删除风险（%1）</translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message>
        <source>No risks recorded.
Note what could stop this customer succeeding: low adoption, a sponsor leaving, a product gap, budget, a competitor.</source>
        <translation>尚未记录风险。
请记录可能阻碍该客户成功的因素：采用率低、支持者离职、产品缺口、预算、竞争对手。</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>添加风险…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add risk…</source>
        <translation>添加风险(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SatisfactionDelegate</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>SatisfactionToggle</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search accounts and notes</source>
        <translation>搜索客户和备注</translation>
    </message>
    <message>
        <source>Search names and notes — e.g. onboarding, 導入, &quot;case study&quot;</source>
        <translation>搜索名称和备注 — 例如：上线、導入、&quot;案例&quot;</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>The search text is too long (%1 characters): search for at most %2.</source>
        <translation>搜索内容过长（%1 个字符）：最多 %2 个字符。</translation>
    </message>
    <message numerus="yes">
        <source>The search text has too many words: search for at most %Ln different word(s).</source>
        <translation>
            <numerusform>搜索内容的词语过多：最多 %Ln 个不同的词语。</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <source>Best %1 matches</source>
        <translation>最佳的 %1 个匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 个匹配项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze early warning</source>
        <translation>暂缓预警</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>暂缓至</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>暂缓至(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>StageNoteDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>移至%1</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3. Why does the stage change?</source>
        <translation>将 %1 从%2阶段移至%3阶段。为什么要变更阶段？</translation>
    </message>
    <message>
        <source>Reason for the stage change</source>
        <translation>阶段变更原因</translation>
    </message>
    <message>
        <source>e.g. Go-live completed; daily use by three teams</source>
        <translation>例如：已完成上线，三个团队每天使用</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>变更阶段</translation>
    </message>
    <message>
        <source>This computer only: the reason is not sent to the CRM (the new stage is).</source>
        <translation>仅限这台电脑：原因不会发送到 CRM（新的阶段会发送）。</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Move the account to %1…</source>
        <translation>将客户移至%1…</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>press to move here</source>
        <translation>按下以移至此阶段</translation>
    </message>
</context>
<context>
    <name>StakeholderFormDialog</name>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>添加干系人</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>编辑干系人</translation>
    </message>
    <message>
        <source>e.g. Sato Hanako</source>
        <translation>例如：佐藤花子</translation>
    </message>
    <message>
        <source>e.g. Head of Operations</source>
        <translation>例如：运营负责人</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. +81 3-1234-5678</source>
        <translation>例如：+81 3-1234-5678</translation>
    </message>
    <message>
        <source>Still with the customer</source>
        <translation>仍在客户处任职</translation>
    </message>
    <message>
        <source>Untick when the person has left; their history stays</source>
        <translation>此人离开后取消勾选；其历史记录会保留</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>添加干系人“%1”</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>编辑干系人“%1”</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Reactivate “%1”</source>
        <translation>重新启用“%1”</translation>
    </message>
    <message>
        <source>Deactivate “%1”</source>
        <translation>停用“%1”</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>删除干系人</translation>
    </message>
    <message>
        <source>Delete “%1” and their place in past touchpoints? Use Deactivate for someone who left the customer. You can undo this with Ctrl+Z.</source>
        <translation>删除“%1”及其在过往接触点中的参与记录吗？对于已离开客户的人，请使用“停用”。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>删除干系人“%1”</translation>
    </message>
</context>
<context>
    <name>StakeholdersPanel</name>
    <message>
        <source>No stakeholders recorded.
Add the decision maker and a champion first.</source>
        <translation>尚未记录干系人。
请先添加决策者和支持者。</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Deactivate or delete</source>
        <translation>停用或删除</translation>
    </message>
    <message>
        <source>Add stakeholder…</source>
        <translation>添加干系人…</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离开）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate (left the customer)</source>
        <translation>停用（已离开客户）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add stakeholder…</source>
        <translation>添加干系人(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Restore last backup…</source>
        <translation>从最新备份恢复…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>This store is damaged</source>
        <translation>该数据存储已损坏</translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes. No automatic backup of this store was found: choose a backup file to restore.</source>
        <translation>%1。CS Desktop 仅显示仍可读取的内容，且不会保存任何更改。未找到该数据存储的自动备份：请选择要恢复的备份文件。</translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes until a good backup is restored. The last automatic backup is from %2.</source>
        <translation>%1。在恢复完好的备份之前，CS Desktop 仅显示仍可读取的内容，且不会保存任何更改。最新的自动备份来自 %2。</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>该数据存储为只读</translation>
    </message>
    <message>
        <source>%1: you can look, search and export plans, but changes cannot be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1：您可以查看、搜索和导出计划，但无法保存更改。如需编辑，请将其复制到可写入的文件夹并打开副本。</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>数据存储已损坏</translation>
    </message>
    <message>
        <source>The store is read-only</source>
        <translation>数据存储为只读</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>StoreKeeper</name>
    <message>
        <source>List backups</source>
        <translation>列出备份</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>每日备份已写入 %1</translation>
    </message>
    <message>
        <source>Daily backup not written: %1</source>
        <translation>未能写入每日备份：%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore the backup of %1? The damaged store is kept in the backups folder; what changed since the backup is not in it.</source>
        <translation>恢复 %1 的备份吗？已损坏的数据存储将保存在备份文件夹中；备份之后的更改不包含在内。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>Restored %1; the store it replaced is kept as %2</source>
        <translation>已恢复 %1；被替换的数据存储已另存为 %2</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>未恢复备份</translation>
    </message>
</context>
<context>
    <name>SuccessPlanPanel</name>
    <message>
        <source>No success plan yet.
Agree with the customer what they want to achieve in 3, 6, 12 and 24 months, and how we get them there.</source>
        <translation>尚无成功计划。
请与客户商定他们在 3、6、12 和 24 个月内想要达成的目标，以及我们如何帮助他们实现。</translation>
    </message>
    <message>
        <source>&amp;Create success plan…</source>
        <translation>创建成功计划(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit &amp;plan…</source>
        <translation>编辑计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>添加目标(&amp;G)…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>添加步骤(&amp;T)…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>成功计划</translation>
    </message>
    <message>
        <source>Goal or step</source>
        <translation>目标或步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agreed with %1 on %2</source>
        <translation>已于 %2 与 %1 商定</translation>
    </message>
    <message>
        <source>Agreed with %1</source>
        <translation>已与 %1 商定</translation>
    </message>
    <message>
        <source>Not agreed with the customer yet</source>
        <translation>尚未与客户商定</translation>
    </message>
    <message>
        <source>Customer goals (journey A)</source>
        <translation>客户目标（旅程 A）</translation>
    </message>
    <message>
        <source>No goals recorded</source>
        <translation>尚未记录目标</translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>%n 个月内</numerusform>
        </translation>
    </message>
    <message>
        <source>Our delivery plan (journey B)</source>
        <translation>我们的交付计划（旅程 B）</translation>
    </message>
    <message>
        <source>No milestones recorded</source>
        <translation>尚未记录里程碑</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>%1
Owner: %2</source>
        <translation>%1
负责人：%2</translation>
    </message>
    <message>
        <source>Delete customer goal</source>
        <translation>删除客户目标</translation>
    </message>
    <message>
        <source>Delete delivery step</source>
        <translation>删除交付步骤</translation>
    </message>
    <message>
        <source>Delete success plan</source>
        <translation>删除成功计划</translation>
    </message>
    <message>
        <source>Move customer goal</source>
        <translation>移动客户目标</translation>
    </message>
    <message>
        <source>Move delivery step</source>
        <translation>移动交付步骤</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>将步骤标记为已完成</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>重新打开步骤</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the &amp;whole plan</source>
        <translation>删除整个计划(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Count changes waiting to sync</source>
        <translation>统计待同步的更改</translation>
    </message>
    <message>
        <source>Close an interrupted sync</source>
        <translation>结束中断的同步</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Syncing with the CRM</source>
        <translation>正在与 CRM 同步</translation>
    </message>
    <message>
        <source>changes sent: %1 of %2</source>
        <translation>已发送的更改：%1 / %2</translation>
    </message>
    <message>
        <source>pulled notes indexed for search: {count}</source>
        <translation>已为搜索索引的拉取备注：{count}</translation>
    </message>
    <message>
        <source>waiting for the CRM ({seconds} s)…</source>
        <translation>正在等待 CRM（{seconds} 秒）…</translation>
    </message>
    <message>
        <source>the CRM answered; syncing…</source>
        <translation>CRM 已响应，正在同步…</translation>
    </message>
    <message>
        <source>companies received: {count}</source>
        <translation>已接收公司：{count}</translation>
    </message>
    <message>
        <source>contacts received: {count}</source>
        <translation>已接收联系人：{count}</translation>
    </message>
    <message>
        <source>notes received: {count}</source>
        <translation>已接收备注：{count}</translation>
    </message>
    <message>
        <source>meetings received: {count}</source>
        <translation>已接收会议：{count}</translation>
    </message>
    <message>
        <source>calls received: {count}</source>
        <translation>已接收通话：{count}</translation>
    </message>
    <message>
        <source>emails received: {count}</source>
        <translation>已接收邮件：{count}</translation>
    </message>
    <message>
        <source>tasks received: {count}</source>
        <translation>已接收任务：{count}</translation>
    </message>
    <message>
        <source>renewals received: {count}</source>
        <translation>已接收续约：{count}</translation>
    </message>
    <message>
        <source>renewal forecasts received: {count}</source>
        <translation>已接收续约预测：{count}</translation>
    </message>
    <message>
        <source>success plans received: {count}</source>
        <translation>已接收成功计划：{count}</translation>
    </message>
    <message>
        <source>plan goals received: {count}</source>
        <translation>已接收计划目标：{count}</translation>
    </message>
    <message>
        <source>plan milestones received: {count}</source>
        <translation>已接收计划里程碑：{count}</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Checking the CRM credentials</source>
        <translation>正在检查 CRM 凭据</translation>
    </message>
    <message>
        <source>Disconnecting the CRM</source>
        <translation>正在断开 CRM</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s): open the queue</source>
        <translation>
            <numerusform>%Ln 个同步冲突：打开队列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Not connected to a CRM</source>
        <translation>未连接 CRM</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes waiting</source>
        <translation>没有待发送的更改</translation>
    </message>
    <message>
        <source>Syncs with %1 at %2.</source>
        <translation>与 %2 的 %1 同步。</translation>
    </message>
    <message>
        <source>At the last sync, %1 of the %2 API requests allowed a day were used.</source>
        <translation>上次同步时，每天允许的 %2 个 API 请求已使用 %1 个。</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of an earlier day</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>上次同步于 %1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>e.g. Send the rollout plan to the project team</source>
        <translation>例如：将推广计划发送给项目团队</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>The app reminds you in the system tray while it runs</source>
        <translation>应用运行时会在系统托盘中提醒你</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Remind me:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>No tasks.
The next steps of a touchpoint become tasks here.</source>
        <translation>没有任务。
接触点的后续步骤会在这里成为任务。</translation>
    </message>
    <message>
        <source>Tasks; space ticks the selected one</source>
        <translation>任务；按空格键勾选所选任务</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>添加任务(&amp;A)…</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>reminder %1</source>
        <translation>提醒 %1</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TouchpointCaptureDialog</name>
    <message>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Log touchpoint</source>
        <translation>记录接触点</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fills in the kind, a title and the questions to ask at this kind of meeting</source>
        <translation>填入此类会议的类型、标题和要问的问题</translation>
    </message>
    <message>
        <source>e.g. Quarterly review with the project team</source>
        <translation>例如：与项目团队的季度回顾</translation>
    </message>
    <message>
        <source>What happened, what was decided</source>
        <translation>发生了什么，做了哪些决定</translation>
    </message>
    <message>
        <source>No stakeholders on record</source>
        <translation>尚无干系人记录</translation>
    </message>
    <message>
        <source>Our team, guests</source>
        <translation>我方团队、来宾</translation>
    </message>
    <message>
        <source>Satisfied with the product</source>
        <translation>对产品满意</translation>
    </message>
    <message>
        <source>Satisfied with our service</source>
        <translation>对我们的服务满意</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>用客户的原话</translation>
    </message>
    <message>
        <source>What they really need</source>
        <translation>他们真正需要什么</translation>
    </message>
    <message>
        <source>One per line; each becomes a task due in a week</source>
        <translation>每行一项；每项都会成为一周后到期的任务</translation>
    </message>
    <message>
        <source>&amp;Internal: never in plans shared with the customer</source>
        <translation>内部：绝不出现在与客户共享的计划中(&amp;I)</translation>
    </message>
    <message>
        <source>The customer&apos;s copy of the account plan leaves this touchpoint out: its notes, title and next steps stay with the team. This computer only: the mark is not sent to the CRM.</source>
        <translation>客户版客户计划不包含此接触点：其备注、标题和后续步骤只留在团队内部。仅限这台电脑：此标记不会发送到 CRM。</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>其他在场人员</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>客户表述</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>潜在需求</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>后续步骤(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参与者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>其他人员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer &amp;said:</source>
        <translation>客户表述(&amp;S)：</translation>
    </message>
    <message>
        <source>Inferred n&amp;eed:</source>
        <translation>潜在需求(&amp;E)：</translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation>接触点需要标题。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>TouchpointEditDialog</name>
    <message>
        <source>Edit touchpoint</source>
        <translation>编辑接触点</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下来做什么</translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation>接触点需要标题。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>TouchpointLog</name>
    <message>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Show touchpoints of kind</source>
        <translation>显示的接触点类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>显示更早的(&amp;O)</translation>
    </message>
    <message>
        <source>Show older touchpoints</source>
        <translation>显示更早的接触点</translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation>记录接触点(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a touchpoint (Ctrl+N)</source>
        <translation>记录接触点（Ctrl+N）</translation>
    </message>
    <message>
        <source>Log a touchpoint</source>
        <translation>记录接触点</translation>
    </message>
    <message>
        <source>Touchpoint log</source>
        <translation>接触点记录</translation>
    </message>
    <message>
        <source>Selected touchpoint</source>
        <translation>选中的接触点</translation>
    </message>
    <message>
        <source>Select a touchpoint to read it in full.</source>
        <translation>选择一个接触点以查看全文。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Meeting &amp;brief…</source>
        <translation>会议简报(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 条中的 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>No touchpoints of this kind among the latest %Ln.</source>
        <translation>
            <numerusform>最近的 %Ln 条中没有此类型的接触点。</numerusform>
        </translation>
    </message>
    <message>
        <source>No touchpoints yet.
Press Ctrl+N to log the first one.</source>
        <translation>尚无接触点。
按 Ctrl+N 记录第一条。</translation>
    </message>
    <message>
        <source>Product: %1 · Service: %2</source>
        <translation>产品：%1 · 服务：%2</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer said</source>
        <translation>客户表述</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>潜在需求</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
</context>
<context>
    <name>TouchpointTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1（内部）</translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation>产品：%1 / 服务：%2</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Unmatched meetings and mails</source>
        <translation>未匹配的会议和邮件</translation>
    </message>
    <message>
        <source>These meetings and mails matched no account (or several equally). Choose the account they belong to and assign them: each becomes a touchpoint of that account. Dismiss what belongs to no customer (an internal meeting): importing it again will not bring it back.</source>
        <translation>这些会议和邮件未匹配任何客户（或同等匹配多个客户）。请选择它们所属的客户并分配：每一项都将成为该客户的接触点。与客户无关的项目（如内部会议）请忽略：再次导入也不会重新出现。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Notes of the selected item</source>
        <translation>所选项目的备注</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>忽略(&amp;D)…</translation>
    </message>
    <message>
        <source>Nothing waits: every imported meeting and mail has its account.</source>
        <translation>没有待分配的项目：所有导入的会议和邮件都已有所属客户。</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the account this item belongs to.</source>
        <translation>请选择此项目所属的客户。</translation>
    </message>
    <message>
        <source>Assign to an account</source>
        <translation>分配给客户</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n item(s)? They belong to no customer and leave the list; importing them again will not bring them back.</source>
        <translation>
            <numerusform>要忽略 %n 项吗？它们与客户无关，将从列表中移除；再次导入也不会重新出现。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>未分配：%1</translation>
    </message>
</context>
<context>
    <name>UsageFile</name>
    <message>
        <source>about %1 rows</source>
        <translation>约 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>竖线分隔</translation>
    </message>
</context>
<context>
    <name>UsageImportDialog</name>
    <message>
        <source>Import usage data</source>
        <translation>导入使用数据</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— 选择列 —</translation>
    </message>
    <message>
        <source>— none: one column per measure —</source>
        <translation>— 无：每项度量各占一列 —</translation>
    </message>
    <message>
        <source>As the date column&apos;s header says (now: weekly)</source>
        <translation>按日期列标题判断（当前：每周）</translation>
    </message>
    <message>
        <source>As the date column&apos;s header says (now: daily)</source>
        <translation>按日期列标题判断（当前：每日）</translation>
    </message>
    <message>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 (÷)</source>
        <translation>%1（÷）</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Read as you chose for your last file with these columns.</source>
        <translation>按您上次对相同列的文件所做的选择读取。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem in the file.</source>
        <translation>未导入任何内容：文件中有 1 个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems in the file.</source>
        <translation>未导入任何内容：文件中有 %1 个问题。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>UsageImportView</name>
    <message>
        <source>Import usage data</source>
        <translation>导入使用数据</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>选择其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>Start from the suggestions</source>
        <translation>从建议设置重新开始</translation>
    </message>
    <message>
        <source>Account column</source>
        <translation>客户列</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>日期列</translation>
    </message>
    <message>
        <source>Metric column</source>
        <translation>度量列</translation>
    </message>
    <message>
        <source>Value column</source>
        <translation>数值列</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Daily: each row is one day</source>
        <translation>每日：每行代表一天</translation>
    </message>
    <message>
        <source>Weekly: each row&apos;s value holds for the 7 days from its date</source>
        <translation>每周：每行的数值适用于自其日期起的 7 天</translation>
    </message>
    <message>
        <source>matched by external id, uid, domain or name</source>
        <translation>按外部 ID、uid、域名或名称匹配</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>only for a long file: one row per account, date and metric</source>
        <translation>仅用于长格式文件：每个客户、日期和度量各占一行</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>度量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>UsageMappingTable</name>
    <message>
        <source>Indicators read from the file</source>
        <translation>从文件读取的指标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Feeds indicator</source>
        <translation>对应指标</translation>
    </message>
    <message>
        <source>Divided by (for a ratio)</source>
        <translation>除以（用于比率）</translation>
    </message>
    <message>
        <source>Indicator fed by %1</source>
        <translation>%1 对应的指标</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 divided by</source>
        <translation>%1 除以</translation>
    </message>
    <message>
        <source>Nothing (the value itself)</source>
        <translation>无（直接使用该值）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
</context>
<context>
    <name>ValidationSection</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Renewed / churned</source>
        <translation>续约 / 流失</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>当前权重</translation>
    </message>
    <message>
        <source>Suggested weight</source>
        <translation>建议权重</translation>
    </message>
    <message>
        <source>Indicator validation table</source>
        <translation>指标验证表</translation>
    </message>
    <message>
        <source>AUC of each indicator with its 95% interval</source>
        <translation>各指标的 AUC 及其 95% 区间</translation>
    </message>
    <message>
        <source>Score validation summary</source>
        <translation>分数验证摘要</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln renewal(s) in a class</source>
        <translation>
            <numerusform>某一类别的续约少于 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Each indicator read %1 days before the end of each of %2 past renewals and compared between renewed and churned accounts. An AUC of 0.5 is a coin toss, 1.0 a perfect split. &lt;b&gt;Overall score: AUC %3&lt;/b&gt; (95% CI %4; %5 renewed / %6 churned). &lt;b&gt;Suggested weights: AUC %7&lt;/b&gt; (95% CI %8): measured on the same renewals, so optimistic; recheck on later renewals before adopting them.</source>
        <translation>在过去 %2 次续约中，于每次期间结束前 %1 天读取各指标，并在续约客户和流失客户之间进行比较。AUC 为 0.5 相当于随机，1.0 表示完全区分。&lt;b&gt;总体分数：AUC %3&lt;/b&gt;（95% 置信区间 %4；续约 %5 / 流失 %6）。&lt;b&gt;建议权重：AUC %7&lt;/b&gt;（95% 置信区间 %8）：基于相同的续约测得，因此偏乐观；采用前请用之后的续约重新验证。</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Edit the value to keep</source>
        <translation>编辑要保留的值</translation>
    </message>
    <message>
        <source>The value to keep for %1; the next sync sends it to the CRM.</source>
        <translation>%1 要保留的值；下次同步时会发送到 CRM。</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>要保留的值</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Turn encryption off?</source>
        <translation>要关闭加密吗？</translation>
    </message>
    <message>
        <source>&amp;Encrypt the store on this computer (applied when CS Desktop next starts)</source>
        <translation>加密这台电脑上的数据库(&amp;E)（在 CS Desktop 下次启动时生效）</translation>
    </message>
    <message>
        <source>Its key goes to the system keychain; you get a recovery key to keep.</source>
        <translation>密钥保存到系统钥匙串；你会得到一个需要妥善保管的恢复密钥。</translation>
    </message>
    <message>
        <source>No system keychain is available here: the store is encrypted with a passphrase you type at each start.</source>
        <translation>这里没有可用的系统钥匙串：数据库将用你每次启动时输入的密码短语加密。</translation>
    </message>
    <message>
        <source>Decrypting the store…</source>
        <translation>正在解密数据库…</translation>
    </message>
    <message>
        <source>CS Desktop cannot open the store</source>
        <translation>CS Desktop 无法打开数据库</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>没有系统钥匙串</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the new store&apos;s key. Encrypt the store with a passphrase you type at each start? Without one, it is a plain file anyone with this disk can read.</source>
        <translation>没有可保存新数据库密钥的系统钥匙串。要用每次启动时输入的密码短语加密数据库吗？否则它是一个任何拿到这块磁盘的人都能读取的普通文件。</translation>
    </message>
    <message>
        <source>Choose the store&apos;s passphrase (it cannot be recovered).</source>
        <translation>请设置数据库的密码短语（无法找回）。</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the store&apos;s key: choose a passphrase instead. You type it at each start; it cannot be recovered.</source>
        <translation>没有可保存数据库密钥的系统钥匙串：请改为设置密码短语。每次启动时输入；它无法找回。</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>正在加密数据库…</translation>
    </message>
</context>
<context>
    <name>WarningsFeed</name>
    <message>
        <source>Checking early warnings</source>
        <translation>正在检查预警</translation>
    </message>
    <message>
        <source>Running early-warning playbooks</source>
        <translation>正在运行预警剧本</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your portfolio is empty</source>
        <translation>您的客户组合为空</translation>
    </message>
    <message>
        <source>Start with a sample portfolio to explore CS Desktop, import your accounts from a HubSpot export, a Salesforce report or any CSV/XLSX file, or add your first account by hand.</source>
        <translation>可以从示例客户组合开始体验 CS Desktop，也可以从 HubSpot 导出文件、Salesforce 报表或任意 CSV/XLSX 文件导入客户，或手动添加第一个客户。</translation>
    </message>
    <message>
        <source>Open a sample portfolio</source>
        <translation>打开示例客户组合</translation>
    </message>
    <message>
        <source>Import from CSV/XLSX…</source>
        <translation>从 CSV/XLSX 导入…</translation>
    </message>
    <message>
        <source>Import accounts from CSV or XLSX</source>
        <translation>从 CSV 或 XLSX 导入客户</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>创建客户</translation>
    </message>
</context>
</TS>
