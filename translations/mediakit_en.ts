<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../src/mediakit/gui/openreport.py" line="+34"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+25"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mediakit/gui/integrity.py" line="+39"/>
        <source>Verified — %n file(s), SHA-256 checked · {short}</source>
        <translation>
            <numerusform>Verified — %n file, SHA-256 checked · {short}</numerusform>
            <numerusform>Verified — %n files, SHA-256 checked · {short}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Damaged — %n file(s) changed since packing · read-only</source>
        <translation>
            <numerusform>Damaged — %n file changed since packing · read-only</numerusform>
            <numerusform>Damaged — %n files changed since packing · read-only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <location filename="../src/mediakit/gui/banner.py" line="+54"/>
        <source>… and %n more (run `mediakit validate` for the full list)</source>
        <translation>
            <numerusform>… and %n more (run `mediakit validate` for the full list)</numerusform>
            <numerusform>… and %n more (run `mediakit validate` for the full list)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message numerus="yes">
        <location filename="../src/mediakit/gui/editor/saving.py" line="+59"/>
        <source>Saved — a draft: %n problem(s) left</source>
        <translation>
            <numerusform>Saved — a draft: %n problem left</numerusform>
            <numerusform>Saved — a draft: %n problems left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillsExtras</name>
    <message numerus="yes">
        <location filename="../src/mediakit/gui/editor/stills.py" line="+91"/>
        <source>Add %n still(s)</source>
        <translation>
            <numerusform>Add %n still</numerusform>
            <numerusform>Add %n stills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillsPage</name>
    <message numerus="yes">
        <location filename="../src/mediakit/gui/pages/stills.py" line="+173"/>
        <source>%n still(s)  ·  Enter or click to enlarge</source>
        <translation>
            <numerusform>%n still  ·  Enter or click to enlarge</numerusform>
            <numerusform>%n stills  ·  Enter or click to enlarge</numerusform>
        </translation>
    </message>
</context>
</TS>
