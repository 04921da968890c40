<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Capture</name>
    <message numerus="yes">
        <source>%n mail file(s)</source>
        <translation>
            <numerusform>%n mail file</numerusform>
            <numerusform>%n mail files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s) matched no account and wait in the unmatched list.</source>
        <translation>
            <numerusform>%1: %Ln item matched no account and waits in the unmatched list.</numerusform>
            <numerusform>%1: %Ln items matched no account and wait in the unmatched list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s), %2 of the weight</source>
        <translation>
            <numerusform>%1 of %Ln indicator, %2 of the weight</numerusform>
            <numerusform>%1 of %Ln indicators, %2 of the weight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more unexpected error(s) happened since; the log file has them.</source>
        <translation>
            <numerusform>%n more unexpected error happened since; the log file has it.</numerusform>
            <numerusform>%n more unexpected errors happened since; the log file has them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrmSettingsDialog</name>
    <message numerus="yes">
        <source>Connected; credentials kept %1. %Ln change(s) waiting, sent at the next sync.</source>
        <translation>
            <numerusform>Connected; credentials kept %1. %Ln change waiting, sent at the next sync.</numerusform>
            <numerusform>Connected; credentials kept %1. %Ln changes waiting, sent at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%Ln row(s); daily samples added %1, updated %2, unchanged %3</source>
        <translation>
            <numerusform>%Ln row; daily samples added %1, updated %2, unchanged %3</numerusform>
            <numerusform>%Ln rows; daily samples added %1, updated %2, unchanged %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported; %Ln cell(s) were changed or allowed on the way in.</source>
        <translation>
            <numerusform>%1 was imported; %Ln cell was changed or allowed on the way in.</numerusform>
            <numerusform>%1 was imported; %Ln cells were changed or allowed on the way in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 has %Ln problem; fix it and import again. Nothing was written.</numerusform>
            <numerusform>%1 has %Ln problems; fix them and import again. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) look like accounts already in the store: the same domain, but another record. Nothing was written.

Import them as new accounts anyway?</source>
        <translation>
            <numerusform>%1: %Ln row looks like an account already in the store: the same domain, but another record. Nothing was written.

Import it as a new account anyway?</numerusform>
            <numerusform>%1: %Ln rows look like accounts already in the store: the same domain, but another record. Nothing was written.

Import them as new accounts anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1; %Ln new conflict(s)</source>
        <translation>
            <numerusform>%1; %Ln new conflict</numerusform>
            <numerusform>%1; %Ln new conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message numerus="yes">
        <source>%n item(s) across the book; Enter opens the account</source>
        <translation>
            <numerusform>%n item across the book; Enter opens the account</numerusform>
            <numerusform>%n items across the book; Enter opens the account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message numerus="yes">
        <source>%Ln page(s), as they will be saved</source>
        <translation>
            <numerusform>%Ln page, as it will be saved</numerusform>
            <numerusform>%Ln pages, as they will be saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for %Ln account plan(s)</source>
        <translation>
            <numerusform>Folder for %Ln account plan</numerusform>
            <numerusform>Folder for %Ln account plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln account plan(s)</source>
        <translation>
            <numerusform>Exporting %Ln account plan</numerusform>
            <numerusform>Exporting %Ln account plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln plan(s) written to %2</source>
        <translation>
            <numerusform>%1 of %Ln plan written to %2</numerusform>
            <numerusform>%1 of %Ln plans written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln failed</source>
        <translation>
            <numerusform>%1; %Ln failed</numerusform>
            <numerusform>%1; %Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioHealthView</name>
    <message numerus="yes">
        <source>%1 of %Ln renewal(s) kept</source>
        <translation>
            <numerusform>%1 of %Ln renewal kept</numerusform>
            <numerusform>%1 of %Ln renewals kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logo(s) churned</source>
        <translation>
            <numerusform>%Ln logo churned</numerusform>
            <numerusform>%Ln logos churned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) contracted</source>
        <translation>
            <numerusform>%Ln renewal contracted</numerusform>
            <numerusform>%Ln renewals contracted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) expanded</source>
        <translation>
            <numerusform>%Ln renewal expanded</numerusform>
            <numerusform>%Ln renewals expanded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n year(s): &lt;b&gt;%2×&lt;/b&gt; the revenue with %3 monthly churn instead of %4 (%5 vs %6 per month).</source>
        <translation>
            <numerusform>After %n year: &lt;b&gt;%2×&lt;/b&gt; the revenue with %3 monthly churn instead of %4 (%5 vs %6 per month).</numerusform>
            <numerusform>After %n years: &lt;b&gt;%2×&lt;/b&gt; the revenue with %3 monthly churn instead of %4 (%5 vs %6 per month).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QtHealthChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 has %Ln problem; fix it and import again. Nothing was written.</numerusform>
            <numerusform>%1 has %Ln problems; fix them and import again. Nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderFeed</name>
    <message numerus="yes">
        <source>%1 — %2, and %n more task(s)</source>
        <translation>
            <numerusform>%1 — %2, and %n more task</numerusform>
            <numerusform>%1 — %2, and %n more tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>The search text has too many words: search for at most %Ln different word(s).</source>
        <translation>
            <numerusform>The search text has too many words: search for at most %Ln different word.</numerusform>
            <numerusform>The search text has too many words: search for at most %Ln different words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuccessPlanPanel</name>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>In %n month</numerusform>
            <numerusform>In %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s): open the queue</source>
        <translation>
            <numerusform>%Ln sync conflict: open the queue</numerusform>
            <numerusform>%Ln sync conflicts: open the queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchpointLog</name>
    <message numerus="yes">
        <source>No touchpoints of this kind among the latest %Ln.</source>
        <translation>
            <numerusform>No touchpoints of this kind in the latest one.</numerusform>
            <numerusform>No touchpoints of this kind among the latest %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message numerus="yes">
        <source>Dismiss %n item(s)? They belong to no customer and leave the list; importing them again will not bring them back.</source>
        <translation>
            <numerusform>Dismiss %n item? It belongs to no customer and leaves the list; importing it again will not bring it back.</numerusform>
            <numerusform>Dismiss %n items? They belong to no customer and leave the list; importing them again will not bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageFile</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationSection</name>
    <message numerus="yes">
        <source>Fewer than %Ln renewal(s) in a class</source>
        <translation>
            <numerusform>Fewer than %Ln renewal in a class</numerusform>
            <numerusform>Fewer than %Ln renewals in a class</numerusform>
        </translation>
    </message>
</context>
</TS>
