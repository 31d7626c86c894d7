<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="76"/>
        <source>human</source>
        <translation>人間</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="77"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="78"/>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="84"/>
        <source>unreadable</source>
        <translation>読み取り不能</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="85"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="87"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="88"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="89"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="90"/>
        <source>%1 updated</source>
        <translation>%1 件更新</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="91"/>
        <source>%1 hit</source>
        <translation>%1 件ヒット</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="92"/>
        <source>%1 touched</source>
        <translation>%1 件変更</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../model/document/exportfile.cpp" line="26"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../../model/document/exportfile.cpp" line="51"/>
        <source>The key must be 32, 48 or 64 hexadecimal characters.</source>
        <translation>キーは 32、48、64 桁のいずれかの 16 進数で指定してください。</translation>
    </message>
    <message>
        <location filename="../../model/document/exportfile.cpp" line="55"/>
        <source>The collection does not exist at this moment.</source>
        <translation>この時点ではコレクションが存在しません。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="62"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="37"/>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="62"/>
        <location filename="../../model/document/savetarget.cpp" line="76"/>
        <location filename="../../model/document/savetarget.cpp" line="95"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="69"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="82"/>
        <source>%1 has changed on disk since it was opened; it was not overwritten. Reopen the history to save there.</source>
        <translation>%1 は開いた後にディスク上で変更されたため、上書きしませんでした。ここに保存するには履歴を開き直してください。</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="117"/>
        <source>nowhere (nothing is open)</source>
        <translation>なし（何も開いていません）</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="119"/>
        <source>new query files in %1</source>
        <translation>%1 内の新しいクエリファイル</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="121"/>
        <source>lines appended to %1</source>
        <translation>%1 への追記</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="123"/>
        <source>a new log %1</source>
        <translation>新しいログ %1</translation>
    </message>
    <message>
        <location filename="../../model/document/savetarget.cpp" line="153"/>
        <source>Nothing is open.</source>
        <translation>何も開いていません。</translation>
    </message>
</context>
<context>
    <name>dtdb::document::CollectionListModel</name>
    <message>
        <location filename="../../model/document/collectionlistmodel.cpp" line="78"/>
        <source>%1: changed by the entry at the cursor</source>
        <translation>%1: カーソル位置のエントリで変更</translation>
    </message>
    <message>
        <location filename="../../model/document/collectionlistmodel.cpp" line="89"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../../model/document/collectionlistmodel.cpp" line="89"/>
        <source>Items</source>
        <translation>アイテム数</translation>
    </message>
</context>
<context>
    <name>dtdb::document::CollectionTableModel</name>
    <message>
        <location filename="../../model/document/collectiontablemodel.cpp" line="210"/>
        <source>removed</source>
        <translation>削除済み</translation>
    </message>
</context>
<context>
    <name>dtdb::document::DiffModel</name>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="79"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>追加 %1、削除 %2、変更 %3</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="225"/>
        <source>%1 (collection created)</source>
        <translation>%1（コレクション作成）</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="227"/>
        <source>%1 (collection removed)</source>
        <translation>%1（コレクション削除）</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="229"/>
        <source>%1 changed</source>
        <translation>変更 %1</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="230"/>
        <source>%1 added</source>
        <translation>追加 %1</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="231"/>
        <source>%1 removed</source>
        <translation>削除 %1</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="232"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="238"/>
        <source>item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="241"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="244"/>
        <source>%1 (no field differs)</source>
        <translation>%1（フィールドの差異なし）</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="295"/>
        <source>(value)</source>
        <translation>（値）</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="297"/>
        <source>(missing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="307"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="309"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="311"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="360"/>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="362"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../model/document/diffmodel.cpp" line="364"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>dtdb::document::HistoryDocument</name>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="128"/>
        <source>Reading files</source>
        <translation>ファイルを読み込み中</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="148"/>
        <source>Indexing the timeline</source>
        <translation>タイムラインのインデックスを作成中</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="183"/>
        <source>Opening was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="303"/>
        <source>saved to %1</source>
        <translation>保存済み（%1）</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="304"/>
        <source>not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="436"/>
        <source>No history is open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="438"/>
        <source>Edits are appended at the end of the history; the past cannot be changed. Move the cursor to the end (End) to edit, or export the state at the cursor as a snapshot to start a new history from this moment.</source>
        <translation>編集は履歴の末尾に追加され、過去は変更できません。編集するにはカーソルを末尾（End）に移動してください。または、カーソル位置の状態をスナップショットとしてエクスポートし、この時点から新しい履歴を始めてください。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="442"/>
        <source>The state at the end of the history is still being computed.</source>
        <translation>履歴の末尾の状態をまだ計算しています。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="449"/>
        <source>A query must be a JSON object.</source>
        <translation>クエリは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="466"/>
        <source>Not a valid query: %1</source>
        <translation>有効なクエリではありません: %1</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="490"/>
        <location filename="../../model/document/historydocument.cpp" line="526"/>
        <source>This collection&apos;s name cannot be written as a query target.</source>
        <translation>このコレクション名はクエリの対象として記述できません。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="493"/>
        <source>This item cannot be singled out by its fields (no text, number or boolean field distinguishes it from an earlier item). Use Edit ▸ Run Query instead.</source>
        <translation>このアイテムはフィールドで一意に特定できません（テキスト・数値・真偽値のどのフィールドでも、前にあるアイテムと区別できません）。代わりに「編集 ▸ クエリを実行」を使用してください。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="506"/>
        <source>Set %1 to %2</source>
        <translation>%1 を %2 に設定</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="517"/>
        <source>Delete an item</source>
        <translation>アイテムを削除</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="524"/>
        <source>An item must be a JSON object.</source>
        <translation>アイテムは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../../model/document/historydocument.cpp" line="528"/>
        <source>Add an item to %1</source>
        <translation>%1 にアイテムを追加</translation>
    </message>
</context>
<context>
    <name>dtdb::document::ItemHistoryModel</name>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="40"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="218"/>
        <source>new: %1</source>
        <translation>新規: %1</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="219"/>
        <source>was: %1</source>
        <translation>削除前: %1</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="220"/>
        <source>written again, unchanged</source>
        <translation>同じ値で再書き込み（変更なし）</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="223"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="224"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="240"/>
        <source>first snapshot</source>
        <translation>最初のスナップショット</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="244"/>
        <source>the version the history starts from</source>
        <translation>履歴の開始時点の版</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="286"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="288"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="290"/>
        <source>removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="292"/>
        <source>snapshot differs</source>
        <translation>スナップショットと不一致</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="298"/>
        <source>the snapshot holds another version than the replay reaches</source>
        <translation>スナップショットの版がリプレイ結果と異なります</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="336"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="338"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="340"/>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="342"/>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="344"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../model/document/itemhistorymodel.cpp" line="346"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>dtdb::document::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../../model/document/jsontreemodel.cpp" line="113"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 個のメンバー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../model/document/jsontreemodel.cpp" line="114"/>
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n 個の要素]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../model/document/jsontreemodel.cpp" line="128"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../model/document/jsontreemodel.cpp" line="130"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../model/document/jsontreemodel.cpp" line="132"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>dtdb::document::JsonType</name>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="56"/>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="57"/>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="58"/>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="60"/>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="62"/>
        <source>float</source>
        <translation>浮動小数点数</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="64"/>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../../model/document/displaytext.cpp" line="65"/>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>dtdb::document::LogModel</name>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="111"/>
        <source>unreadable</source>
        <translation>読み取り不能</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="112"/>
        <source>transaction (%1…)</source>
        <translation>トランザクション（%1…）</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="157"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="159"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="161"/>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="163"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="165"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="167"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="169"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../model/document/logmodel.cpp" line="171"/>
        <source>Origin</source>
        <translation>記録元</translation>
    </message>
</context>
<context>
    <name>dtdb::views::ActivityLabels</name>
    <message>
        <location filename="../../views/activitylabels.cpp" line="42"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="44"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="46"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="48"/>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="50"/>
        <source>Structure</source>
        <translation>構造</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="54"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activitylabels.cpp" line="86"/>
        <location filename="../../views/activitylabels.cpp" line="137"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln エントリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activitylabels.cpp" line="87"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln 週間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activitylabels.cpp" line="88"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="89"/>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="90"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="91"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="92"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="93"/>
        <source>%1 µs</source>
        <translation>%1 マイクロ秒</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="98"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="105"/>
        <source>Entry %1 / %2</source>
        <translation>エントリ %1 / %2</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="108"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="116"/>
        <source>Entry %1</source>
        <translation>エントリ %1</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="117"/>
        <source>Entries %1–%2</source>
        <translation>エントリ %1–%2</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="124"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../views/activitylabels.cpp" line="127"/>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>dtdb::views::ActivityTicks</name>
    <message>
        <location filename="../../views/activityticks.cpp" line="27"/>
        <source>MMM d yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../views/activityticks.cpp" line="28"/>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>dtdb::views::Actor</name>
    <message>
        <location filename="../../views/actorstyle.cpp" line="98"/>
        <source>Human</source>
        <translation>人間</translation>
    </message>
    <message>
        <location filename="../../views/actorstyle.cpp" line="100"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../views/actorstyle.cpp" line="104"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>dtdb::views::ActorCard</name>
    <message>
        <location filename="../../views/actorcard.cpp" line="16"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../views/actorcard.cpp" line="22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../views/actorcard.cpp" line="23"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../views/actorcard.cpp" line="83"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../../views/actorcard.cpp" line="85"/>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <location filename="../../views/actorcard.cpp" line="86"/>
        <source>Collections:</source>
        <translation>コレクション:</translation>
    </message>
    <message>
        <location filename="../../views/actorcard.cpp" line="87"/>
        <source>Devices:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <location filename="../../views/actorcard.cpp" line="89"/>
        <source>Context:</source>
        <translation>コンテキスト:</translation>
    </message>
</context>
<context>
    <name>dtdb::views::CauseChainView</name>
    <message>
        <location filename="../../views/causechainview.cpp" line="13"/>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <location filename="../../views/causechainview.cpp" line="13"/>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <location filename="../../views/causechainview.cpp" line="13"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../views/causechainview.cpp" line="46"/>
        <source>%1
Why: %2</source>
        <translation>%1
理由: %2</translation>
    </message>
</context>
<context>
    <name>dtdb::views::CauseInspector</name>
    <message>
        <location filename="../../views/causeinspector.cpp" line="80"/>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="85"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="97"/>
        <source>What:</source>
        <translation>内容:</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="98"/>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="99"/>
        <source>From:</source>
        <translation>発生元:</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="100"/>
        <source>Confidence:</source>
        <translation>信頼度:</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="103"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="112"/>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="119"/>
        <source>Serial:</source>
        <translation>シリアル:</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="120"/>
        <source>Chain parent:</source>
        <translation>チェーンの親:</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="126"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="188"/>
        <source>No history is open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="193"/>
        <source>Start of the history</source>
        <translation>履歴の先頭</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="194"/>
        <source>Start of the history: the state before the first entry. Causes belong to entries; move the cursor past one to see why it happened.</source>
        <translation>履歴の先頭: 最初のエントリより前の状態です。Cause はエントリに付随します。カーソルをエントリの後ろに移動すると、そのエントリが実行された理由を確認できます。</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="205"/>
        <source>This entry could not be read: %1</source>
        <translation>このエントリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="211"/>
        <source>A transaction of %1 queries; the Cause shown is the first query&apos;s.</source>
        <translation>%1 個のクエリからなるトランザクションです。表示している Cause は最初のクエリのものです。</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="214"/>
        <source>A transaction of %1 queries.</source>
        <translation>%1 個のクエリからなるトランザクションです。</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="218"/>
        <source>This entry has no Cause: the log does not say who ran it or why.</source>
        <translation>このエントリには Cause がありません。誰がなぜ実行したかはログに記録されていません。</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="235"/>
        <source>Not readable: it changed nothing</source>
        <translation>読み取り不能: 何も変更していません</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="237"/>
        <source>Result being computed…</source>
        <translation>結果を計算中…</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="240"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="241"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="242"/>
        <source>items changed: %1</source>
        <translation>変更アイテム数: %1</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="253"/>
        <source>Origin: %1</source>
        <translation>記録元: %1</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="254"/>
        <source> (logged as a failed query)</source>
        <translation>（失敗したクエリとして記録）</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="276"/>
        <source>outside 0–1</source>
        <translation>0–1 の範囲外</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="303"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="306"/>
        <source>none: this entry starts its chain</source>
        <translation>なし: このエントリがチェーンの起点です</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="313"/>
        <source>&lt;a href=&quot;#parent&quot;&gt;%1&lt;/a&gt; (entry %2)</source>
        <translation>&lt;a href=&quot;#parent&quot;&gt;%1&lt;/a&gt;（エントリ %2）</translation>
    </message>
    <message>
        <location filename="../../views/causeinspector.cpp" line="315"/>
        <source>%1 (not in this history)</source>
        <translation>%1（この履歴にはありません）</translation>
    </message>
</context>
<context>
    <name>dtdb::views::CollectionsView</name>
    <message>
        <location filename="../../views/collectionsview.cpp" line="52"/>
        <source>Filter items (text anywhere in the item)…</source>
        <translation>アイテムを絞り込み（アイテム内の任意のテキスト）…</translation>
    </message>
    <message>
        <location filename="../../views/collectionsview.cpp" line="54"/>
        <source>Reason for edits (optional, recorded in the Cause)</source>
        <translation>編集の理由（任意、Cause に記録）</translation>
    </message>
    <message>
        <location filename="../../views/collectionsview.cpp" line="57"/>
        <source>Select an item to see its JSON.</source>
        <translation>アイテムを選択すると JSON を表示します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/collectionsview.cpp" line="122"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n アイテム</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/collectionsview.cpp" line="123"/>
        <source>%1 of %2 items match</source>
        <translation>%2 アイテム中 %1 件が一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/collectionsview.cpp" line="125"/>
        <source> · %n removed by the entry at the cursor (struck out)</source>
        <translation>
            <numerusform> · カーソル位置のエントリで %n 件削除（取り消し線）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtdb::views::CompareDialog</name>
    <message>
        <location filename="../../views/comparedialog.cpp" line="37"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="38"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="41"/>
        <source>Compare Two Moments</source>
        <translation>2 つの時点を比較</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="47"/>
        <source>start</source>
        <translation>先頭</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="60"/>
        <source>State after entry:</source>
        <translation>比較元（エントリ適用後の状態）:</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="63"/>
        <source>compared with the state after entry:</source>
        <translation>比較先（エントリ適用後の状態）:</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="179"/>
        <source>Computing the two states and what differs between them…</source>
        <translation>2 つの状態とその差分を計算しています…</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="206"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="220"/>
        <source>The comparison was cancelled.</source>
        <translation>比較をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../views/comparedialog.cpp" line="223"/>
        <source>The two states are equal.</source>
        <translation>2 つの状態は同一です。</translation>
    </message>
</context>
<context>
    <name>dtdb::views::Entry</name>
    <message>
        <location filename="../../views/entrytitle.cpp" line="16"/>
        <source>transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <location filename="../../views/entrytitle.cpp" line="18"/>
        <source>Entry %1 of %2 — %3 on %4</source>
        <translation>エントリ %1 / %2 — %4 への %3</translation>
    </message>
</context>
<context>
    <name>dtdb::views::EntryDiffView</name>
    <message>
        <location filename="../../views/entrydiffview.cpp" line="55"/>
        <source>No history is open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <location filename="../../views/entrydiffview.cpp" line="55"/>
        <source>Start of the history</source>
        <translation>履歴の先頭</translation>
    </message>
    <message>
        <location filename="../../views/entrydiffview.cpp" line="56"/>
        <source>No entry lies before the cursor.</source>
        <translation>カーソルより前にエントリはありません。</translation>
    </message>
    <message>
        <location filename="../../views/entrydiffview.cpp" line="64"/>
        <source>This entry changed nothing.</source>
        <translation>このエントリは何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../views/entrydiffview.cpp" line="65"/>
        <source>This entry failed and changed nothing.</source>
        <translation>このエントリは失敗し、何も変更していません。</translation>
    </message>
</context>
<context>
    <name>dtdb::views::GoToDialog</name>
    <message>
        <location filename="../../views/gotodialog.cpp" line="54"/>
        <source>Type an entry number or a date-time.</source>
        <translation>エントリ番号または日時を入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/gotodialog.cpp" line="55"/>
        <source>No history is open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <location filename="../../views/gotodialog.cpp" line="59"/>
        <source>Neither an entry number nor an ISO-8601 date-time.</source>
        <translation>エントリ番号でも ISO-8601 形式の日時でもありません。</translation>
    </message>
    <message>
        <location filename="../../views/gotodialog.cpp" line="60"/>
        <source>The entries of this history have no times.</source>
        <translation>この履歴のエントリには時刻がありません。</translation>
    </message>
    <message>
        <location filename="../../views/gotodialog.cpp" line="68"/>
        <source>Go To</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../views/gotodialog.cpp" line="70"/>
        <source>Entry number, or date-time (ISO 8601, UTC unless it has an offset):</source>
        <translation>エントリ番号または日時（ISO 8601、オフセットがなければ UTC）:</translation>
    </message>
    <message>
        <location filename="../../views/gotodialog.cpp" line="72"/>
        <source>e.g. 1200 or 2025-03-14T09:30</source>
        <translation>例: 1200 または 2025-03-14T09:30</translation>
    </message>
    <message>
        <location filename="../../views/gotodialog.cpp" line="112"/>
        <source>Goes to %1</source>
        <translation>%1 に移動します</translation>
    </message>
</context>
<context>
    <name>dtdb::views::ItemHistoryView</name>
    <message>
        <location filename="../../views/itemhistoryview.cpp" line="74"/>
        <source>%1 · %2 = %3</source>
        <translation>%1 · %2 = %3</translation>
    </message>
    <message>
        <location filename="../../views/itemhistoryview.cpp" line="80"/>
        <source>Select an item in a collection to see its history: every entry that added, changed or removed it.</source>
        <translation>コレクションのアイテムを選ぶと、その履歴（追加・変更・削除したすべてのエントリ）を表示します。</translation>
    </message>
    <message>
        <location filename="../../views/itemhistoryview.cpp" line="83"/>
        <source>Following the item through the history…</source>
        <translation>履歴の中でアイテムを追跡しています…</translation>
    </message>
    <message>
        <location filename="../../views/itemhistoryview.cpp" line="85"/>
        <source>No field identifies the items of this collection: an item&apos;s history follows the first field that every item has with a value of its own.</source>
        <translation>このコレクションにはアイテムを識別するフィールドがありません。アイテムの履歴は、すべてのアイテムが持ち値が重複しない最初のフィールドで追跡します。</translation>
    </message>
    <message>
        <location filename="../../views/itemhistoryview.cpp" line="90"/>
        <source>%1: in the first snapshot, never changed since.</source>
        <translation>%1: 最初のスナップショットにあり、その後変更されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/itemhistoryview.cpp" line="91"/>
        <source>%1: %n event(s), from entry %2 to %3. The version at the cursor is in bold.</source>
        <translation>
            <numerusform>%1: %n 件の出来事（エントリ %2 から %3）。カーソル位置の版は太字です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtdb::views::JsonEditorDialog</name>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="33"/>
        <source>What this does (recorded in the Cause)</source>
        <translation>この操作の内容（Cause に記録）</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="34"/>
        <source>Why (optional)</source>
        <translation>理由（任意）</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="35"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="38"/>
        <source>What:</source>
        <translation>内容:</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="39"/>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="97"/>
        <source>Not JSON: %1 at line %2, column %3</source>
        <translation>JSON ではありません: %1（%2 行 %3 列）</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="104"/>
        <source>Valid: %1</source>
        <translation>有効: %1</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="118"/>
        <source>%1 on %2</source>
        <translation>%2 への %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/jsoneditordialog.cpp" line="121"/>
        <source>a transaction of %n queries</source>
        <translation>
            <numerusform>%n 個のクエリからなるトランザクション</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="124"/>
        <source>Not a query the database accepts: %1</source>
        <translation>データベースが受け付けるクエリではありません: %1</translation>
    </message>
    <message>
        <location filename="../../views/jsoneditordialog.cpp" line="134"/>
        <source>An item must be a JSON object.</source>
        <translation>アイテムは JSON オブジェクトである必要があります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/jsoneditordialog.cpp" line="137"/>
        <source>an item with %n field(s)</source>
        <translation>
            <numerusform>%n 個のフィールドを持つアイテム</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtdb::views::LogView</name>
    <message>
        <location filename="../../views/logview.cpp" line="32"/>
        <source>Failed only</source>
        <translation>失敗のみ</translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="57"/>
        <source>Search entries (any text in the query or its Cause)…</source>
        <translation>エントリを検索（クエリまたは Cause 内の任意のテキスト）…</translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="76"/>
        <source>Searching %1%</source>
        <translation>検索中 %1%</translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="124"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="127"/>
        <source>All actors</source>
        <translation>すべてのアクター</translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="128"/>
        <source>All collections</source>
        <translation>すべてのコレクション</translation>
    </message>
    <message>
        <location filename="../../views/logview.cpp" line="132"/>
        <source>No Cause</source>
        <translation>Cause なし</translation>
    </message>
</context>
<context>
    <name>dtdb::views::MainWindow</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="99"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="114"/>
        <source>Opening was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="134"/>
        <source>Cannot open at %1: %2</source>
        <translation>%1 の位置で開けません: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="144"/>
        <source>%n part(s) of the history could not be read; see Problems.</source>
        <translation>
            <numerusform>履歴の %n 箇所を読み取れませんでした。「問題」を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="154"/>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="166"/>
        <source>Read results %p%</source>
        <translation>読み取り結果 %p%</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="203"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="207"/>
        <source>Cause</source>
        <translation>Cause（原因）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="209"/>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="212"/>
        <source>Item History</source>
        <translation>アイテムの履歴</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="222"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="225"/>
        <location filename="../../views/mainwindow.cpp" line="234"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="227"/>
        <source>&lt;history as opened&gt;</source>
        <translation>&lt;開いた時点の履歴&gt;</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="229"/>
        <source>Undo History</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="234"/>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="242"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="244"/>
        <source>&amp;Open Files…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="246"/>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="247"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="248"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="251"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="253"/>
        <source>&amp;Export at Cursor</source>
        <translation>カーソル位置をエクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="255"/>
        <source>State as .dtdb…</source>
        <translation>状態を .dtdb 形式で…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="256"/>
        <source>State as encrypted .dtdb…</source>
        <translation>状態を暗号化 .dtdb 形式で…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="257"/>
        <source>Collection as CSV…</source>
        <translation>コレクションを CSV 形式で…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="258"/>
        <source>Collection as JSON…</source>
        <translation>コレクションを JSON 形式で…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="259"/>
        <source>Log between two positions as JSONL…</source>
        <translation>2 つの位置間のログを JSONL 形式で…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="261"/>
        <source>Activity chart as PNG…</source>
        <translation>アクティビティグラフを PNG 形式で…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="263"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="266"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="267"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="269"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="275"/>
        <source>Run &amp;Query…</source>
        <translation>クエリを実行(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="275"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="277"/>
        <source>&amp;Add Item…</source>
        <translation>アイテムを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="278"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="280"/>
        <source>&amp;Delete Item</source>
        <translation>アイテムを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="285"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="287"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="288"/>
        <source>&amp;Go to Time or Entry…</source>
        <translation>時刻またはエントリへ移動(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="288"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="290"/>
        <source>&amp;Start of History</source>
        <translation>履歴の先頭(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="290"/>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="292"/>
        <source>&amp;End of History</source>
        <translation>履歴の末尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="292"/>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="295"/>
        <source>&amp;Previous Entry</source>
        <translation>前のエントリ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="295"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="300"/>
        <source>&amp;Next Entry</source>
        <translation>次のエントリ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="300"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="304"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="305"/>
        <source>&amp;Compare Two Moments…</source>
        <translation>2 つの時点を比較(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="305"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="307"/>
        <source>&amp;Verify Snapshots</source>
        <translation>スナップショットを検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="309"/>
        <source>Item &amp;History of the Selected Item</source>
        <translation>選択したアイテムの履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="309"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="316"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="320"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="321"/>
        <source>&amp;About DeltaTrace History</source>
        <translation>DeltaTrace History について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="331"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="332"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="333"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="371"/>
        <source>Unsaved entries</source>
        <translation>未保存のエントリ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="372"/>
        <source>%n entry(ies) made here are not saved yet. Save them to %1?</source>
        <translation>
            <numerusform>ここで作成した %n 件のエントリはまだ保存されていません。保存しますか？（保存先: %1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="381"/>
        <location filename="../../views/mainwindow.cpp" line="551"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="419"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="426"/>
        <source>Open snapshots and logs</source>
        <translation>スナップショットとログを開く</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="427"/>
        <source>DeltaTraceDB files (*.dtdb *.jsonl *.json *.q);;All files (*)</source>
        <translation>DeltaTraceDB ファイル (*.dtdb *.jsonl *.json *.q);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="434"/>
        <source>Open a server folder (backups, success_query, error_query)</source>
        <translation>サーバーフォルダーを開く (backups, success_query, error_query)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="442"/>
        <source>Encrypted file</source>
        <translation>暗号化されたファイル</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="443"/>
        <source>%1 is encrypted. Enter its key (32, 48 or 64 hexadecimal characters), or leave empty to skip the file. The key is not stored.</source>
        <translation>%1 は暗号化されています。キー（32、48、64 桁のいずれかの 16 進数）を入力してください。空欄のままにすると、このファイルをスキップします。キーは保存されません。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="480"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="500"/>
        <source>No history</source>
        <translation>履歴なし</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="507"/>
        <source>DeltaTrace History</source>
        <translation>DeltaTrace History</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="514"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="515"/>
        <source>Open a history: File ▸ Open</source>
        <translation>履歴を開くには: ファイル ▸ ファイルを開く</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="521"/>
        <source>Position %1 / %2</source>
        <translation>位置 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="523"/>
        <source> · start of the history</source>
        <translation> · 履歴の先頭</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="525"/>
        <source> · end of the history</source>
        <translation> · 履歴の末尾</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="528"/>
        <source> · %n unsaved edit(s)</source>
        <translation>
            <numerusform> · 未保存の編集 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="534"/>
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n コレクション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="535"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n アイテム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="555"/>
        <source>Saved %n entry(ies) as %1; they are now part of the history.</source>
        <translation>
            <numerusform>%n 件のエントリを保存しました（%1）。これらは履歴の一部になりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="563"/>
        <location filename="../../views/mainwindow.cpp" line="589"/>
        <source>Run Query</source>
        <translation>クエリを実行</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="567"/>
        <source>Run a query at the end of the history</source>
        <translation>履歴の末尾でクエリを実行</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="571"/>
        <source>Update items</source>
        <translation>アイテムを更新</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="575"/>
        <source>Add items</source>
        <translation>アイテムを追加</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="577"/>
        <source>Delete items</source>
        <translation>アイテムを削除</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="581"/>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="594"/>
        <source>The query was logged but failed: %1</source>
        <translation>クエリはログに記録されましたが、失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="601"/>
        <location filename="../../views/mainwindow.cpp" line="616"/>
        <source>Add Item</source>
        <translation>アイテムを追加</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="610"/>
        <source>Add an item</source>
        <translation>アイテムを追加</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="623"/>
        <location filename="../../views/mainwindow.cpp" line="633"/>
        <source>Delete Item</source>
        <translation>アイテムを削除</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="657"/>
        <source>Encrypted export</source>
        <translation>暗号化してエクスポート</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="658"/>
        <source>Key (32, 48 or 64 hexadecimal characters; AES-GCM as DeltaTraceStudio uses):</source>
        <translation>キー（32、48、64 桁のいずれかの 16 進数。DeltaTraceStudio と同じ AES-GCM）:</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="663"/>
        <source>Export the state at position %1</source>
        <translation>位置 %1 の状態をエクスポート</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="664"/>
        <source>Snapshots (*.dtdb)</source>
        <translation>スナップショット (*.dtdb)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="640"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="646"/>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="679"/>
        <source>Export %1 at position %2</source>
        <translation>位置 %2 の %1 をエクスポート</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="684"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="684"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="693"/>
        <location filename="../../views/mainwindow.cpp" line="695"/>
        <source>Export log</source>
        <translation>ログのエクスポート</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="693"/>
        <source>From position:</source>
        <translation>開始位置:</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="695"/>
        <source>To position:</source>
        <translation>終了位置:</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="702"/>
        <source>Export the log</source>
        <translation>ログをエクスポート</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="704"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="710"/>
        <source>Exported %n entry(ies)</source>
        <translation>
            <numerusform>%n 件のエントリをエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="716"/>
        <source>Export the activity chart</source>
        <translation>アクティビティグラフをエクスポート</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="717"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="719"/>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="743"/>
        <location filename="../../views/mainwindow.cpp" line="754"/>
        <location filename="../../views/mainwindow.cpp" line="781"/>
        <source>Verify snapshots</source>
        <translation>スナップショットの検証</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="744"/>
        <source>This history has fewer than two snapshots: there is nothing to verify the log against.</source>
        <translation>この履歴のスナップショットは 2 つ未満のため、ログと照合する対象がありません。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="750"/>
        <source>Replaying between snapshots…</source>
        <translation>スナップショット間を再実行しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="755"/>
        <source>Consistent: replaying the log from each snapshot gives the next snapshot exactly (%n segment(s)).</source>
        <translation>
            <numerusform>整合しています: 各スナップショットからログを再実行すると、次のスナップショットと完全に一致します（%n 区間）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="764"/>
        <source>Between positions %1 and %2:</source>
        <translation>位置 %1 と %2 の間:</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="769"/>
        <source> collection %1</source>
        <translation> コレクション %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="770"/>
        <source>, item %1</source>
        <translation>、アイテム %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="771"/>
        <source>, field %1</source>
        <translation>、フィールド %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="772"/>
        <source>: expected %1, replay gives %2</source>
        <translation>: 期待値 %1、再実行の結果 %2</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="777"/>
        <source>. The replay can no longer match after entry %1.</source>
        <translation>。エントリ %1 以降、再実行の結果は一致しなくなります。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="782"/>
        <source>The log does not lead from one snapshot to the next:

%1</source>
        <translation>ログを再実行しても、前のスナップショットから次のスナップショットになりません:

%1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="797"/>
        <source>About DeltaTrace History</source>
        <translation>DeltaTrace History について</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="798"/>
        <source>&lt;h3&gt;DeltaTrace History %1&lt;/h3&gt;&lt;p&gt;Browse the history of a DeltaTraceDB database: scrub through time, see who changed what and why, edit through the log, export any moment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeltaTrace History %1&lt;/h3&gt;&lt;p&gt;DeltaTraceDB データベースの履歴を閲覧します。時間をさかのぼって、誰が何をなぜ変更したかを確認し、ログを通じて編集し、任意の時点をエクスポートできます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dtdb::views::PreferencesDialog</name>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="17"/>
        <source>Human</source>
        <translation>人間</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="18"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="19"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="20"/>
        <source>Edits made in this app are logged as queries whose Cause names this actor as who made them.</source>
        <translation>このアプリで行った編集は、このアクターを実行者とする Cause 付きのクエリとしてログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="25"/>
        <source>Actor type:</source>
        <translation>アクターの種類:</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="26"/>
        <source>Actor id:</source>
        <translation>アクター ID:</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="27"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../views/preferencesdialog.cpp" line="28"/>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
</context>
<context>
    <name>dtdb::views::ProblemsPanel</name>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>File or event</source>
        <translation>ファイルまたはイベント</translation>
    </message>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../views/problemspanel.cpp" line="18"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>dtdb::views::TimeTrailView</name>
    <message>
        <location filename="../../views/timetrailview.cpp" line="15"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="15"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="15"/>
        <source>Latency</source>
        <translation>遅延</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="15"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="36"/>
        <source>%1 µs</source>
        <translation>%1 マイクロ秒</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="38"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="40"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="42"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="44"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="46"/>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="98"/>
        <source>Earlier than the hop before it: the clocks disagree.</source>
        <translation>前のホップより早い時刻です。時計がずれています。</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="110"/>
        <source>The trail has no hops: the Cause gives no time.</source>
        <translation>経路にホップがありません。Cause に時刻が記録されていません。</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="119"/>
        <source>One hop, on %1.</source>
        <translation>1 ホップ（%1）。</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="125"/>
        <source>%1 hops over %2, on %3.</source>
        <translation>%1 ホップ、所要 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../../views/timetrailview.cpp" line="125"/>
        <source>%1 hops over %2, from %3.</source>
        <translation>%1 ホップ、所要 %2（%3 から）。</translation>
    </message>
</context>
<context>
    <name>dtdb::views::TimelineWidget</name>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="50"/>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="69"/>
        <source>Wheel: zoom · Shift+wheel: scroll · Double-click: the whole history</source>
        <translation>ホイール: ズーム · Shift+ホイール: スクロール · ダブルクリック: 履歴全体</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="70"/>
        <source>Whole History</source>
        <translation>履歴全体</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="71"/>
        <source>Show the whole history (double-click the chart)</source>
        <translation>履歴全体を表示（グラフをダブルクリック）</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="73"/>
        <source>Go To…</source>
        <translation>移動…</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="74"/>
        <source>Go to an entry number or a date-time</source>
        <translation>エントリ番号または日時へ移動</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="78"/>
        <source>Activity chart</source>
        <translation>アクティビティグラフ</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="79"/>
        <source>Cursor</source>
        <translation>カーソル</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="161"/>
        <source>No history open</source>
        <translation>履歴が開かれていません</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="258"/>
        <source>Buckets of %1</source>
        <translation>集計単位: %1</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="270"/>
        <source>Snapshot %1
The state after entry %2</source>
        <translation>スナップショット %1
エントリ %2 適用後の状態</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="340"/>
        <source>The chart has nothing to show.</source>
        <translation>グラフに表示する内容がありません。</translation>
    </message>
    <message>
        <location filename="../../views/timelinewidget.cpp" line="343"/>
        <location filename="../../views/timelinewidget.cpp" line="346"/>
        <location filename="../../views/timelinewidget.cpp" line="347"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/dtdb-history/main.cpp" line="35"/>
        <source>Browse the history of a DeltaTraceDB database.</source>
        <translation>DeltaTraceDB データベースの履歴を閲覧します。</translation>
    </message>
    <message>
        <location filename="../../app/dtdb-history/main.cpp" line="40"/>
        <source>Snapshots (.dtdb), logs (.jsonl, .json, .q) and server folders that together form one history.</source>
        <translation>1 つの履歴を構成するスナップショット（.dtdb）、ログ（.jsonl、.json、.q）、サーバーフォルダー。</translation>
    </message>
    <message>
        <location filename="../../app/dtdb-history/main.cpp" line="45"/>
        <source>Open at this position: an entry count, or an ISO-8601 time (after the last entry at or before it).</source>
        <translation>この位置で開きます: エントリ数、または ISO-8601 形式の時刻（その時刻以前の最後のエントリの直後）。</translation>
    </message>
    <message>
        <location filename="../../app/dtdb-history/main.cpp" line="50"/>
        <source>Bring this panel to the front: timeline, cause, diff, itemHistory, log, problems or undo.</source>
        <translation>このパネルを前面に表示: timeline、cause、diff、itemHistory、log、problems、undo。</translation>
    </message>
</context>
</TS>
