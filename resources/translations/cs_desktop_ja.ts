<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tokyo Tech KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tokyotech.co.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSM who owns the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO 4217 code: pick one or type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract s&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renewal date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your book may already have this account. Open it, or choose Create anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountHeaderBar</name>
    <message>
        <source>Annual recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the account&apos;s name, domain, tier, ARR, dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: not in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountHealthPanel</name>
    <message>
        <source>Account health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did it move?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution of each indicator to the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1 over 30 days · %2 over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing inputs (not counted as zero; their weight goes to the others): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missing inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Early warnings&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health ⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score on %1 or %2: nothing to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 on %2 → %3 on %4: &lt;b&gt;%5 points&lt;/b&gt;, split by indicator below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain health change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, stakeholders, renewals and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export account plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the plan to share with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CS Desktop cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AucChart</name>
    <message>
        <source>AUC, 95% interval (0.5 = chance)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s), %2 of the weight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry less than %1 of the weight, so the score is never shown green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs, in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the CRM&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict queue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a sync finds a field changed both here and in the CRM, it waits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted %1 and edited %2. Resolving a deletion is not available yet: the edit waits, and nothing is deleted or overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed this note since the last sync. Notes are never merged automatically: keep one version, or Edit… to write the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed this field since the last sync. Which value stays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the edited value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionChart</name>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong in CS Desktop.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app writes no log file: copy the details before closing this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app keeps running, but what you were doing may not have finished. Copy the details and send them to support: they hold no passwords or tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more unexpected error(s) happened since; the log file has them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmSettingsDialog</name>
    <message>
        <source>CRM sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (crm-sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private-app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth app (client ID, secret and refresh token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync in the background every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the credentials for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private-app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials kept for this session only (no system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;but its credentials are not in the keychain&lt;/b&gt; (locked, reset or unavailable): enter them and Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %4 at %1 with %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Everything stays on this computer until you connect a CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your credentials cannot be saved safely.&lt;/b&gt; %1. CS Desktop never writes them to a file; tick the box to keep them in memory until you quit, and connect again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the private-app token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Use the credentials for this session only” to connect anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected; credentials kept %1. %Ln local record(s) will be sent at the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: the keychain refused the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected; the credentials are forgotten. Changes waiting stay here and are sent if you connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Log “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastFormDialog</name>
    <message>
        <source>Forecast the open renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the forecast rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;ARR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast renewal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthFeed</name>
    <message>
        <source>Computing health scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep health scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported; %Ln cell(s) were changed or allowed on the way in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) look like accounts already in the store: the same domain, but another record. Nothing was written.

Import them as new accounts anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorGroup</name>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>%1 details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReasonsSection</name>
    <message>
        <source>Why customers left or shrank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned and contracted renewals, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks (open or being mitigated), by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer left or shrank in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CS Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio and open accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;touchpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;usage data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;plans of the filtered portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search accounts and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio &amp;health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a&amp;rchived account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export account plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close account tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or select an account first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived “%1”: Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln new conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not done, the store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not saved, the store is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running: let it finish (or cancel it), then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS Desktop %1
Your customer portfolio, offline.
Store: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <source>Record a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.8 or 65%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New delivery step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit delivery step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we deliver, e.g. Admin training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on our side carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add delivery step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New customer goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants to achieve, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer tells it is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest value measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to set a date; untick to leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Success plan FY2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants, and how we get them there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on the customer&apos;s side agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create success plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message numerus="yes">
        <source>Folder for %Ln account plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln account plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln plan(s) written to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export account plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>{path} could not be rendered: Qt refused to draw the PDF. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioHealthView</name>
    <message>
        <source>Portfolio health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of the renewals in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals that kept the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR kept at renewal without expansion: the product and service&apos;s own test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR after renewal, expansion included: can hide a weak product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers left or shrank (in the period), and open risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current monthly churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target monthly churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recurring revenue per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current churn / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target churn / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New revenue / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: each month the existing revenue loses the churn rate of itself (a negative rate is net expansion) and the same new revenue is added. Cutting churn pays off this much only with ongoing new business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected revenue chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful accounts over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success model definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful accounts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the score predict renewal? Indicator validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing health scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln renewal(s) kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 ARR up for renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ARR after renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln logo(s) churned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) contracted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) expanded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals whose period ended %1 to %2. Amounts as recorded, not converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No renewal ended in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n year(s): &lt;b&gt;%2×&lt;/b&gt; the revenue with %3 monthly churn instead of %4 (%5 vs %6 per month).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring revenue / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 churn / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: in %2, score at least %3 on each of the last %4 days%5. Today: %6 of %7 scored accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successful accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Health is being computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health inputs recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 (%2), %3 in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: out of the book until restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned: the contract ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Filter accounts by name or owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned customers and archived accounts have left the book: shown on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health band filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score confidence filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry too little of the scorecard&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes language at once; open accounts and typed text stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtHealthChart</name>
    <message>
        <source>Point at the chart to read values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health trajectory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator samples (no health score yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health samples recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(each scaled 0 to 100 over its own range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalFormDialog</name>
    <message>
        <source>Choose why…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add past renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120,000 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the open renewal ended. The forecast is cleared and the account&apos;s ARR becomes the ARR after. Ctrl+Z undoes it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close renewal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add renewal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit renewal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete renewal %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear renewal forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalsPanel</name>
    <message>
        <source>No past renewals recorded.
Add the terms that ended, with their outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open renewal forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you expect the open renewal to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close renewal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the open renewal ended; the forecast is then cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add past renewal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open renewal: no forecast yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR, because of: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add past renewal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the store %1 with a backup. The store as it is now is kept in the backups folder beside it; what changed since the backup is not in the backup. Open accounts close and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups of this store yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskFormDialog</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in the way, and what is being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message>
        <source>No risks recorded.
Note what could stop this customer succeeding: low adoption, a sponsor leaving, a product gap, budget, a competitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add risk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionDelegate</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionToggle</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search accounts and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and notes — e.g. onboarding, 導入, &quot;case study&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text is too long (%1 characters): search for at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search text has too many words: search for at most %Ln different word(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageNoteDialog</name>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3. Why does the stage change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Go-live completed; daily use by three teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the account to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press to move here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderFormDialog</name>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sato Hanako</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Head of Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +81 3-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when the person has left; their history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and their place in past touchpoints? Use Deactivate for someone who left the customer. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholdersPanel</name>
    <message>
        <source>No stakeholders recorded.
Add the decision maker and a champion first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stakeholder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate (left the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stakeholder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Restore last backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes. No automatic backup of this store was found: choose a backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes until a good backup is restored. The last automatic backup is from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you can look, search and export plans, but changes cannot be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreKeeper</name>
    <message>
        <source>List backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1? The damaged store is kept in the backups folder; what changed since the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1; the store it replaced is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessPlanPanel</name>
    <message>
        <source>No success plan yet.
Agree with the customer what they want to achieve in 3, 6, 12 and 24 months, and how we get them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create success plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed with the customer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer goals (journey A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Our delivery plan (journey B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete delivery step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move customer goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move delivery step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the &amp;whole plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Count changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an interrupted sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled notes indexed for search: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the CRM ({seconds} s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRM answered; syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies received: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts received: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes received: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings received: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls received: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails received: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the CRM credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting the CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s): open the queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Not connected to a CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of an earlier day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send the rollout plan to the project team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>No tasks.
The next steps of a touchpoint become tasks here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks; space ticks the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointCaptureDialog</name>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quarterly review with the project team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholders on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team, guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied with the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied with our service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they really need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line; each becomes a task due in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred n&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointEditDialog</name>
    <message>
        <source>Edit touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointLog</name>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show touchpoints of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a touchpoint (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a touchpoint to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No touchpoints of this kind among the latest %Ln.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No touchpoints yet.
Press Ctrl+N to log the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1 · Service: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>not enough data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationSection</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed / churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator validation table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC of each indicator with its 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score validation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln renewal(s) in a class</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each indicator read %1 days before the end of each of %2 past renewals and compared between renewed and churned accounts. An AUC of 0.5 is a coin toss, 1.0 a perfect split. &lt;b&gt;Overall score: AUC %3&lt;/b&gt; (95% CI %4; %5 renewed / %6 churned). &lt;b&gt;Suggested weights: AUC %7&lt;/b&gt; (95% CI %8): measured on the same renewals, so optimistic; recheck on later renewals before adopting them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Edit the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to keep for %1; the next sync sends it to the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsFeed</name>
    <message>
        <source>Checking early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running early-warning playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your portfolio is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a sample portfolio to explore CS Desktop, import your accounts from a HubSpot export, a Salesforce report or any CSV/XLSX file, or add your first account by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV/XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import accounts from CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
