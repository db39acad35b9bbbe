<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OrderDesk::CliContext</name>
    <message numerus="yes">
        <source>Warning: for %n order(s), the provider answered that it placed an order that was marked as not placed by hand. See &quot;orderdesk-cli history --conflicts&quot;.</source>
        <translation>
            <numerusform>Warning: for %n order, the provider answered that it placed an order that was marked as not placed by hand. See &quot;orderdesk-cli history --conflicts&quot;.</numerusform>
            <numerusform>Warning: for %n orders, the provider answered that it placed an order that was marked as not placed by hand. See &quot;orderdesk-cli history --conflicts&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::HistoryCommand</name>
    <message numerus="yes">
        <source>%Ln order(s) written to %1.</source>
        <translation>
            <numerusform>%Ln order written to %1.</numerusform>
            <numerusform>%Ln orders written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::HistoryPage</name>
    <message numerus="yes">
        <source>Copied %n cell(s)</source>
        <translation>
            <numerusform>Copied %n cell</numerusform>
            <numerusform>Copied %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) written to %1.</source>
        <translation>
            <numerusform>%Ln order written to %1.</numerusform>
            <numerusform>%Ln orders written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n order(s) in conflict: placed by the provider after being marked as not placed — &lt;a href=&quot;history&quot; style=&quot;color:#ffffff&quot;&gt;see the order history&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ %n order in conflict: placed by the provider after being marked as not placed — &lt;a href=&quot;history&quot; style=&quot;color:#ffffff&quot;&gt;see the order history&lt;/a&gt;</numerusform>
            <numerusform>⚠ %n orders in conflict: placed by the provider after being marked as not placed — &lt;a href=&quot;history&quot; style=&quot;color:#ffffff&quot;&gt;see the order history&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in conflict: placed by the provider after being marked as not placed</source>
        <translation>
            <numerusform>%n order in conflict: placed by the provider after being marked as not placed</numerusform>
            <numerusform>%n orders in conflict: placed by the provider after being marked as not placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are on their way to the provider and the answer has not come yet. If OrderDesk quits now, the order may still be placed, and its outcome is recorded as unknown until you check the provider&apos;s console.</source>
        <translation>
            <numerusform>%n order is on its way to the provider and the answer has not come yet. If OrderDesk quits now, the order may still be placed, and its outcome is recorded as unknown until you check the provider&apos;s console.</numerusform>
            <numerusform>%n orders are on their way to the provider and the answers have not come yet. If OrderDesk quits now, the orders may still be placed, and their outcome is recorded as unknown until you check the provider&apos;s console.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderConfirmation</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamCommand</name>
    <message numerus="yes">
        <source>orders longer than %n month(s) need a second person&apos;s approval</source>
        <translation>
            <numerusform>orders longer than %n month need a second person&apos;s approval</numerusform>
            <numerusform>orders longer than %n months need a second person&apos;s approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) moved into the team ledger with their history (%2 events), as orders %3 to %4.</source>
        <translation>
            <numerusform>%1: %Ln order moved into the team ledger with its history (%2 events), as order %3.</numerusform>
            <numerusform>%1: %Ln orders moved into the team ledger with their history (%2 events), as orders %3 to %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) of the file were already in the team ledger, from an earlier import, and were skipped.</source>
        <translation>
            <numerusform>%Ln order of the file was already in the team ledger, from an earlier import, and was skipped.</numerusform>
            <numerusform>%Ln orders of the file were already in the team ledger, from an earlier import, and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamNavigation</name>
    <message numerus="yes">
        <source>Approvals: %n order(s) to decide</source>
        <translation>
            <numerusform>Approvals: %n order to decide</numerusform>
            <numerusform>Approvals: %n orders to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrderTableModel</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
</TS>
