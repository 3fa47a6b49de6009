<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts that Qt's qtbase_zh_TW.qm leaves in English (it has them only without
     the mnemonic). Loaded beside it by ui/application.py; compile with
     pyside6-lrelease resources/i18n/qtbase_supplement_zh_TW.ts -->
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
</TS>
