<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="59"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="61"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="61"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="62"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="63"/>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="64"/>
        <source>%1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="65"/>
        <source>%1 touched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../model/document/exportfile.cpp" line="26"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/exportfile.cpp" line="44"/>
        <source>The key must be 32, 48 or 64 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/exportfile.cpp" line="48"/>
        <source>The collection does not exist at this moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="33"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="44"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="69"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="74"/>
        <source>%1 has changed on disk since it was opened; it was not overwritten. Reopen the history to save there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="104"/>
        <source>nowhere (nothing is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="106"/>
        <source>new query files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="108"/>
        <source>lines appended to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="110"/>
        <source>a new log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="140"/>
        <source>Nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::document::CollectionListModel</name>
    <message>
        <location filename="../../model/document/collectionlistmodel.cpp" line="78"/>
        <source>%1: changed by the entry at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/collectionlistmodel.cpp" line="89"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/collectionlistmodel.cpp" line="89"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::document::CollectionTableModel</name>
    <message>
        <location filename="../../model/document/collectiontablemodel.cpp" line="215"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::document::HistoryDocument</name>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="126"/>
        <source>Reading files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="145"/>
        <source>Indexing the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="178"/>
        <source>Opening was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="260"/>
        <source>saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="261"/>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="387"/>
        <source>No history is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="389"/>
        <source>Edits are appended at the end of the history; the past cannot be changed. Move the cursor to the end (End) to edit, or export the state at the cursor as a snapshot to start a new history from this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="393"/>
        <source>The state at the end of the history is still being computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="400"/>
        <source>A query must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="417"/>
        <source>Not a valid query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="439"/>
        <location filename="../../model/document/historydocument.cpp" line="475"/>
        <source>This collection&apos;s name cannot be written as a query target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="442"/>
        <source>This item cannot be singled out by its fields (no text, number or boolean field distinguishes it from an earlier item). Use Edit ▸ Run Query instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="455"/>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="466"/>
        <source>Delete an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="473"/>
        <source>An item must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="477"/>
        <source>Add an item to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::document::LogModel</name>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="94"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="95"/>
        <source>transaction (%1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="140"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="142"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="144"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="146"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="148"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="150"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="152"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="154"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::views::CollectionsView</name>
    <message>
        <location filename="../../views/collectionsview.cpp" line="52"/>
        <source>Filter items (text anywhere in the item)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/collectionsview.cpp" line="54"/>
        <source>Reason for edits (optional, recorded in the Cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/collectionsview.cpp" line="57"/>
        <source>Select an item to see its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/collectionsview.cpp" line="113"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/collectionsview.cpp" line="114"/>
        <source>%1 of %2 items match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/collectionsview.cpp" line="116"/>
        <source> · %n removed by the entry at the cursor (struck out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtdb::views::JsonEditorDialog</name>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="33"/>
        <source>What this does (recorded in the Cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="34"/>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="35"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="38"/>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="39"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="97"/>
        <source>Not JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="104"/>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="118"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/jsoneditordialog.cpp" line="120"/>
        <source>a transaction of %n queries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="123"/>
        <source>Not a query the database accepts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="133"/>
        <source>An item must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/jsoneditordialog.cpp" line="136"/>
        <source>an item with %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtdb::views::LogView</name>
    <message>
        <location filename="../../views/logview.cpp" line="28"/>
        <source>Failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="48"/>
        <source>Search entries (any text in the query or its Cause)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="107"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="110"/>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="111"/>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="116"/>
        <source>No Cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::views::MainWindow</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="103"/>
        <source>Opening was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="120"/>
        <source>%n part(s) of the history could not be read; see Problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="129"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="159"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="163"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="165"/>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="170"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="173"/>
        <location filename="../../views/mainwindow.cpp" line="182"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="175"/>
        <source>&lt;history as opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="177"/>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="182"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="190"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="192"/>
        <source>&amp;Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="194"/>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="195"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="196"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="199"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="201"/>
        <source>&amp;Export at Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="203"/>
        <source>State as .dtdb…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="204"/>
        <source>State as encrypted .dtdb…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="205"/>
        <source>Collection as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="206"/>
        <source>Collection as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="207"/>
        <source>Log between two positions as JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="209"/>
        <source>Activity chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="214"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="215"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="217"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="222"/>
        <source>Run &amp;Query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="222"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="225"/>
        <source>&amp;Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="225"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="228"/>
        <source>&amp;Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="233"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="235"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="236"/>
        <source>&amp;Go to Time or Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="236"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="238"/>
        <source>&amp;Start of History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="238"/>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="240"/>
        <source>&amp;End of History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="240"/>
        <source>Ctrl+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="242"/>
        <source>&amp;Previous Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="242"/>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="246"/>
        <source>&amp;Next Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="246"/>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="250"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="251"/>
        <source>&amp;Compare Two Moments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="251"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="253"/>
        <source>&amp;Verify Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="256"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="261"/>
        <source>&amp;About DeltaTrace History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="263"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="301"/>
        <source>Unsaved entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="302"/>
        <source>%n entry(ies) made here are not saved yet. Save them to %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="311"/>
        <location filename="../../views/mainwindow.cpp" line="469"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="339"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="346"/>
        <source>Open snapshots and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="347"/>
        <source>DeltaTraceDB files (*.dtdb *.jsonl *.json *.q);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="354"/>
        <source>Open a server folder (backups, success_query, error_query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="362"/>
        <source>Encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="363"/>
        <source>%1 is encrypted. Enter its key (32, 48 or 64 hexadecimal characters), or leave empty to skip the file. The key is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="400"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="420"/>
        <source>No history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="427"/>
        <source>DeltaTrace History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="434"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="435"/>
        <source>Open a history: File ▸ Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="441"/>
        <source>Position %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="442"/>
        <source> · start of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="443"/>
        <source> · end of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="446"/>
        <source> · %n unsaved edit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="452"/>
        <source>%n collection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="453"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="473"/>
        <source>Saved %n entry(ies) as %1; they are now part of the history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="481"/>
        <location filename="../../views/mainwindow.cpp" line="507"/>
        <source>Run Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="485"/>
        <source>Run a query at the end of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="489"/>
        <source>Update items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="493"/>
        <source>Add items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="495"/>
        <source>Delete items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="499"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="512"/>
        <source>The query was logged but failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="519"/>
        <location filename="../../views/mainwindow.cpp" line="534"/>
        <source>Add Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="528"/>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="541"/>
        <location filename="../../views/mainwindow.cpp" line="552"/>
        <source>Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="564"/>
        <source>Encrypted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="565"/>
        <source>Key (32, 48 or 64 hexadecimal characters; AES-GCM as DeltaTraceStudio uses):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="570"/>
        <source>Export the state at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="571"/>
        <source>Snapshots (*.dtdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="573"/>
        <location filename="../../views/mainwindow.cpp" line="595"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="577"/>
        <location filename="../../views/mainwindow.cpp" line="599"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="591"/>
        <source>Export %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="593"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="593"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="606"/>
        <location filename="../../views/mainwindow.cpp" line="609"/>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="606"/>
        <source>From position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="609"/>
        <source>To position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="616"/>
        <source>Export the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="618"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="622"/>
        <source>Exported %n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="627"/>
        <source>Export the activity chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="629"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="631"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="644"/>
        <location filename="../../views/mainwindow.cpp" line="654"/>
        <location filename="../../views/mainwindow.cpp" line="681"/>
        <source>Verify snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="645"/>
        <source>This history has fewer than two snapshots: there is nothing to verify the log against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="651"/>
        <source>Replaying between snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="655"/>
        <source>Consistent: replaying the log from each snapshot gives the next snapshot exactly (%n segment(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="664"/>
        <source>Between positions %1 and %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="669"/>
        <source> collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="670"/>
        <source>, item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="671"/>
        <source>, field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="672"/>
        <source>: expected %1, replay gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="677"/>
        <source>. The replay can no longer match after entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="682"/>
        <source>The log does not lead from one snapshot to the next:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="697"/>
        <source>About DeltaTrace History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="698"/>
        <source>&lt;h3&gt;DeltaTrace History %1&lt;/h3&gt;&lt;p&gt;Browse the history of a DeltaTraceDB database: scrub through time, see who changed what and why, edit through the log, export any moment.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::views::PreferencesDialog</name>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="17"/>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="18"/>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="19"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="20"/>
        <source>Edits made in this app are logged as queries whose Cause names this actor as who made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="25"/>
        <source>Actor type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="26"/>
        <source>Actor id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="27"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="28"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtdb::views::ProblemsPanel</name>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>File or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/dtdb-history/main.cpp" line="33"/>
        <source>Browse the history of a DeltaTraceDB database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dtdb-history/main.cpp" line="38"/>
        <source>Snapshots (.dtdb), logs (.jsonl, .json, .q) and server folders that together form one history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
