<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OrderDesk::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not an endpoint. Write it as https://host or https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must start with https:// (or http:// for the local simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must be only scheme, host and port; OrderDesk adds the provider&apos;s path itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDesk::ErrorCatalogue</name>
    <message>
        <source>The provider&apos;s answer (HTTP %1) could not be read, so it is not known whether the order was placed. Check the provider&apos;s console before ordering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the AccessKey or its permissions. Check that the profile&apos;s AccessKey belongs to this provider and may place orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is limiting the request rate. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had an internal error. Check the provider&apos;s console for the order before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the order with code %1. Read the provider&apos;s message, correct the order and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDesk::Provider</name>
    <message>
        <source>%1 is not a parameter of this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only printable ASCII characters (letters, digits, punctuation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must list at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
