<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CallbackSettings</name>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="28"/>
        <source>No bind address given; 127.0.0.1 listens on this computer only, 0.0.0.0 on every network interface.</source>
        <translation>バインド アドレスが指定されていません。127.0.0.1 はこのコンピューターだけで、0.0.0.0 はすべてのネットワーク インターフェイスで待ち受けます。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="38"/>
        <source>&quot;%1&quot; is not an IP address: the listener binds to an address of this computer (e.g. 127.0.0.1 or 0.0.0.0), not to a host name.</source>
        <translation>&quot;%1&quot; は IP アドレスではありません: リスナーはホスト名ではなく、このコンピューターのアドレス (例: 127.0.0.1 や 0.0.0.0) にバインドします。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="58"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host, e.g. https://my-tunnel.example.dev/. It is the address your service reaches this computer at, and it becomes PlanUrl.</source>
        <translation>&quot;%1&quot; はホストを含む http:// または https:// の URL ではありません (例: https://my-tunnel.example.dev/)。サービスがこのコンピューターに到達するアドレスで、PlanUrl になります。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="65"/>
        <source>&quot;%1&quot; has a query or fragment; PlanUrl is a base URL the service appends paths to.</source>
        <translation>&quot;%1&quot; にクエリまたはフラグメントがあります。PlanUrl はサービスがパスを付け足すベース URL です。</translation>
    </message>
</context>
<context>
    <name>CallbackSettingsDialog</name>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="9"/>
        <source>Callback settings</source>
        <translation>コールバックの設定</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="16"/>
        <source>For tasks with Completion event = Callback, RestGate starts a local stand-in for the Azure DevOps plan endpoints and tells the service to call it back. None of these settings is secret.</source>
        <translation>完了イベントが Callback のタスクでは、RestGate は Azure DevOps のプラン エンドポイントのローカルな代役を起動し、サービスにそこへコールバックさせます。これらの設定にシークレットは含まれません。</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="24"/>
        <source>&amp;Hub (system.HostType):</source>
        <translation>ハブ (system.HostType)(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="30"/>
        <source>Hub</source>
        <translation>ハブ</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="31"/>
        <source>The hub the dry-run plan lives in; it appears in HubName and in every callback URL.</source>
        <translation>ドライ ランのプランが属するハブ。HubName とすべてのコールバック URL に現れます。</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="36"/>
        <source>&amp;Bind address:</source>
        <translation>バインド アドレス(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="42"/>
        <source>Bind address</source>
        <translation>バインド アドレス</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="43"/>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="44"/>
        <source>127.0.0.1 accepts callbacks from this computer only; 0.0.0.0 from every network interface.</source>
        <translation>127.0.0.1 はこのコンピューターからのコールバックのみを受け付けます。0.0.0.0 はすべてのネットワーク インターフェイスから受け付けます。</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="49"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="55"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="58"/>
        <source>any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="63"/>
        <source>P&amp;ublic base URL:</source>
        <translation>公開ベース URL(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="69"/>
        <source>Public base URL</source>
        <translation>公開ベース URL</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="70"/>
        <source>empty: the listener&apos;s own address</source>
        <translation>空: リスナー自身のアドレス</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="71"/>
        <source>For a service that runs elsewhere: the URL it reaches this computer at (e.g. a tunnel). It becomes PlanUrl and system.CollectionUri.</source>
        <translation>別の場所で動くサービス用: サービスがこのコンピューターに到達する URL (トンネルなど)。PlanUrl と system.CollectionUri になります。</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="76"/>
        <source>&amp;Wait for TaskCompleted:</source>
        <translation>TaskCompleted の待機時間(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="82"/>
        <source>Wait for TaskCompleted</source>
        <translation>TaskCompleted の待機時間</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="83"/>
        <source>How long the dry run waits for the service&apos;s TaskCompleted. Azure DevOps waits for the task&apos;s timeout (60 minutes by default).</source>
        <translation>ドライ ランがサービスの TaskCompleted を待つ時間。Azure DevOps はタスクのタイムアウト (既定では 60 分) まで待ちます。</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="86"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="87"/>
        <source>the task&apos;s timeout</source>
        <translation>タスクのタイムアウト</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="95"/>
        <source>What is wrong with the settings</source>
        <translation>設定の問題点</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="6"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="12"/>
        <source>Co&amp;nnections:</source>
        <translation>接続(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="13"/>
        <source>Connections of this design</source>
        <translation>このデザインの接続</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="16"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="16"/>
        <source>Add a connection</source>
        <translation>接続を追加</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="17"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="17"/>
        <source>Duplicate the selected connection</source>
        <translation>選択した接続を複製</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="18"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="18"/>
        <source>Delete the selected connection</source>
        <translation>選択した接続を削除</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="27"/>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="37"/>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="39"/>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="43"/>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="45"/>
        <source>&amp;Resource Manager URL:</source>
        <translation>Resource Manager URL(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="47"/>
        <source>&amp;Authority host:</source>
        <translation>機関ホスト(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="49"/>
        <source>&amp;Tenant ID:</source>
        <translation>テナント ID(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="51"/>
        <source>&amp;Subscription ID:</source>
        <translation>サブスクリプション ID(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="53"/>
        <location filename="../ui/connectionsdialog.ui" line="61"/>
        <source>&amp;Token from:</source>
        <translation>トークンの取得元(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="55"/>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="59"/>
        <source>&amp;Organization URL:</source>
        <translation>組織 URL(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="71"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="28"/>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="29"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="30"/>
        <source>Connection kind</source>
        <translation>接続の種類</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="35"/>
        <source>No connection selected. Use Add to create one.</source>
        <translation>接続が選択されていません。[追加] で作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="38"/>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="38"/>
        <source>https://example.com/api/</source>
        <translation>https://example.com/api/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="40"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="40"/>
        <source>optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="44"/>
        <source>Azure environment</source>
        <translation>Azure 環境</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="46"/>
        <source>Resource Manager URL</source>
        <translation>Resource Manager URL</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="46"/>
        <source>https://management.local.azurestack.external/</source>
        <translation>https://management.local.azurestack.external/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="48"/>
        <source>Authority host</source>
        <translation>機関ホスト</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="48"/>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="50"/>
        <source>Tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="52"/>
        <source>Subscription ID</source>
        <translation>サブスクリプション ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="54"/>
        <source>Where the Azure Resource Manager token comes from</source>
        <translation>Azure Resource Manager トークンの取得元</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="56"/>
        <source>Service principal client ID</source>
        <translation>サービス プリンシパルのクライアント ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="60"/>
        <source>Azure DevOps organization URL</source>
        <translation>Azure DevOps 組織の URL</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="60"/>
        <source>https://dev.azure.com/contoso/</source>
        <translation>https://dev.azure.com/contoso/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="62"/>
        <source>Where the Azure DevOps token comes from</source>
        <translation>Azure DevOps トークンの取得元</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="68"/>
        <source>Secret (kept in the OS keychain, never in the design)</source>
        <translation>シークレット (OS のキーチェーンに保存され、デザインには保存されません)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="72"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="72"/>
        <source>Type to store a new secret</source>
        <translation>保存する新しいシークレットを入力</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="76"/>
        <source>Whether a secret is stored</source>
        <translation>シークレットが保存されているかどうか</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="77"/>
        <source>C&amp;lear secret</source>
        <translation>シークレットを消去(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="77"/>
        <source>Remove the stored secret</source>
        <translation>保存されたシークレットを削除</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="85"/>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="85"/>
        <source>Test the connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="86"/>
        <source>Result of the connection test</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="93"/>
        <source>What keeps the connections from being saved</source>
        <translation>接続を保存できない理由</translation>
    </message>
</context>
<context>
    <name>CriteriaJudge</name>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="34"/>
        <source>Success criteria %1 is true.</source>
        <translation>成功の条件 %1 は true です。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="38"/>
        <source>Success criteria %1 is false.</source>
        <translation>成功の条件 %1 は false です。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="43"/>
        <source>(Dry run only, not what Azure DevOps does: on this body the criteria would be %1.)</source>
        <translation>(ドライランのみで、Azure DevOps の動作ではありません: この本文では条件は %1 になります。)</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="62"/>
        <source>No variable defines $(%1); the criteria keeps it as written.</source>
        <translation>$(%1) を定義する変数がありません。条件では記述どおりに残ります。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="101"/>
        <source>Status %1 meets the rule: Azure DevOps passes on 200 OK.</source>
        <translation>ステータス %1 は規則を満たしています: Azure DevOps は 200 OK で成功とします。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="104"/>
        <source>Status %1 passes only because &quot;treat any 2xx as success&quot; is on; Azure DevOps documents 200 OK as the rule.</source>
        <translation>ステータス %1 が成功するのは「すべての 2xx を成功とみなす」がオンだからです。Azure DevOps の規則は 200 OK です。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="111"/>
        <source>Status %1: Azure DevOps passes the task only on 200 OK.</source>
        <translation>ステータス %1: Azure DevOps がタスクを成功とするのは 200 OK の場合だけです。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="114"/>
        <source>The response was cut at the dry-run cap of %1 bytes (%2 bytes received).</source>
        <translation>応答はドライランの上限 %1 バイトで切り詰められました (%2 バイト受信)。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="124"/>
        <source>The service accepted the initial call with %1.</source>
        <translation>サービスは最初の呼び出しを %1 で受け付けました。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="126"/>
        <source>The service rejected the initial call with %1.</source>
        <translation>サービスは最初の呼び出しを %1 で拒否しました。</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="130"/>
        <source>Completion event is Callback: Azure DevOps now waits for the service to post TaskCompleted. This dry run did not wait for it, so it is not a pass.</source>
        <translation>完了イベントは Callback です: Azure DevOps はサービスが TaskCompleted を送信するのを待ちます。このドライランはそれを待たないため、成功ではありません。</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="9"/>
        <source>Import from curl</source>
        <translation>curl からインポート</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="14"/>
        <source>&amp;curl command (several lines joined with \ are fine):</source>
        <translation>curl コマンド (\ でつないだ複数行も可)(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="20"/>
        <source>curl command</source>
        <translation>curl コマンド</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="29"/>
        <source>Display &amp;name:</source>
        <translation>表示名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="35"/>
        <source>Display name of the new task</source>
        <translation>新しいタスクの表示名</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="40"/>
        <source>Connection &amp;base URL:</source>
        <translation>接続のベース URL(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="46"/>
        <source>Where the URL is split into connection and suffix</source>
        <translation>URL を接続とサフィックスに分ける位置</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="47"/>
        <source>The part of the URL the connection holds; the rest becomes the task&apos;s URL suffix. Empty: a matching connection of the document, else scheme and host.</source>
        <translation>接続が保持する URL の部分。残りはタスクの URL サフィックスになります。空の場合: ドキュメント内の一致する接続、なければスキームとホスト。</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="56"/>
        <source>Why the command cannot be imported</source>
        <translation>コマンドをインポートできない理由</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="61"/>
        <source>The task it becomes</source>
        <translation>変換後のタスク</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="65"/>
        <source>Method:</source>
        <translation>メソッド:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="73"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="78"/>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="87"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="92"/>
        <source>URL suffix:</source>
        <translation>URL サフィックス:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="101"/>
        <source>URL suffix</source>
        <translation>URL サフィックス</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="106"/>
        <source>Headers:</source>
        <translation>ヘッダー:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="114"/>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="119"/>
        <source>Body:</source>
        <translation>本文:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="127"/>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="134"/>
        <source>Credentials and findings</source>
        <translation>資格情報と検出事項</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="142"/>
        <source>&amp;Not imported: the task cannot express these options</source>
        <translation>インポートされないもの: タスクではこれらのオプションを表現できません(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="148"/>
        <source>Options that are not imported</source>
        <translation>インポートされないオプション</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="156"/>
        <source>Options that only change curl&apos;s output</source>
        <translation>curl の出力だけを変えるオプション</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../ui/gatedialog.ui" line="9"/>
        <source>Simulate gate</source>
        <translation>ゲートのシミュレーション</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="15"/>
        <source>Re-evaluates the task as Azure DevOps evaluates a release gate or an Invoke REST API check: after the delay, once per interval, until it has passed for the minimum success duration (succeeded) or the timeout comes (failed). Durations: 30s, 5m, 1h30m, 250ms.</source>
        <translation>Azure DevOps がリリース ゲートまたは REST API の呼び出しチェックを評価するのと同じように、タスクを再評価します: 遅延の後、間隔ごとに 1 回ずつ、最小成功期間にわたって成功し続ける (成功) か、タイムアウトになる (失敗) まで評価します。期間の書式: 30s、5m、1h30m、250ms。</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="24"/>
        <source>&amp;Delay before evaluation:</source>
        <translation>評価までの遅延(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="31"/>
        <source>Delay before evaluation</source>
        <translation>評価までの遅延</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="36"/>
        <source>&amp;Time between evaluations:</source>
        <translation>評価の間隔(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="43"/>
        <source>Time between evaluations</source>
        <translation>評価の間隔</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="48"/>
        <source>&amp;Minimum duration for steady results:</source>
        <translation>安定した結果の最小期間(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="55"/>
        <source>Minimum duration for steady results</source>
        <translation>安定した結果の最小期間</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="60"/>
        <source>Time&amp;out after which the gate fails:</source>
        <translation>ゲートが失敗になるまでのタイムアウト(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="67"/>
        <source>Timeout after which the gate fails</source>
        <translation>ゲートが失敗になるまでのタイムアウト</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="76"/>
        <source>Problem with the settings</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="83"/>
        <source>Microsoft&apos;s advice on these settings</source>
        <translation>これらの設定に関する Microsoft のアドバイス</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="90"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="91"/>
        <source>Start the gate simulation</source>
        <translation>ゲートのシミュレーションを開始</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="97"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="98"/>
        <source>Stop the gate simulation</source>
        <translation>ゲートのシミュレーションを停止</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="110"/>
        <source>&amp;Y axis:</source>
        <translation>Y 軸(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="116"/>
        <source>What the plot&apos;s vertical axis shows</source>
        <translation>グラフの縦軸に表示する内容</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="117"/>
        <source>Latency</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="118"/>
        <source>HTTP status</source>
        <translation>HTTP 状態</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="135"/>
        <source>How the gate simulation stands</source>
        <translation>ゲートのシミュレーションの状況</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="140"/>
        <source>Every evaluation of the gate</source>
        <translation>ゲートのすべての評価</translation>
    </message>
</context>
<context>
    <name>ImportPipelineDialog</name>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="9"/>
        <source>Import pipeline</source>
        <translation>パイプラインのインポート</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="15"/>
        <source>What the pipeline holds</source>
        <translation>パイプラインの内容</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="20"/>
        <source>&amp;Tasks to import:</source>
        <translation>インポートするタスク(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="26"/>
        <source>Tasks found in the pipeline</source>
        <translation>パイプラインで見つかったタスク</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="5"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="21"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="23"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="24"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="25"/>
        <source>Takes effect the next time RestGate starts. The --lang option and RESTGATE_LANG override it.</source>
        <translation>RestGate の次回起動時に反映されます。--lang オプションと RESTGATE_LANG が優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="10"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation>追加で信頼する CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA file</source>
        <translation>追加で信頼する CA ファイル</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM bundle of your company&apos;s CA; SSL_CERT_FILE is honoured too</source>
        <translation>社内 CA の PEM バンドル。SSL_CERT_FILE も使用されます</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the CA file</source>
        <translation>CA ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client c&amp;ertificate:</source>
        <translation>クライアント証明書(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM または PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the client certificate</source>
        <translation>クライアント証明書を選択</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client &amp;key:</source>
        <translation>クライアント キー(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client key</source>
        <translation>クライアント キー</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM key, when not in the certificate file</source>
        <translation>PEM キー (証明書ファイルに含まれていない場合)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the client key</source>
        <translation>クライアント キーを選択</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Key pass&amp;word:</source>
        <translation>キーのパスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Key password</source>
        <translation>キーのパスワード</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>kept in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Do &amp;not check server certificates (insecure)</source>
        <translation>サーバー証明書を検証しない (安全ではありません)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Every result will say the certificate was not checked. Azure DevOps always checks it: a pass here proves nothing about the certificate.</source>
        <translation>すべての結果に、証明書が検証されなかったことが表示されます。Azure DevOps は常に証明書を検証するため、ここで成功しても証明書については何も証明されません。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>From the &amp;environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY, as curl)</source>
        <translation>環境変数から (curl と同様に HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY)(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Direct (no proxy)</source>
        <translation>直接接続 (プロキシなし)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Manual:</source>
        <translation>手動(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy type</source>
        <translation>プロキシの種類</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy host</source>
        <translation>プロキシ ホスト</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy port</source>
        <translation>プロキシ ポート</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy user</source>
        <translation>プロキシ ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>P&amp;assword:</source>
        <translation>パスワード(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy password</source>
        <translation>プロキシ パスワード</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Bypass for:</source>
        <translation>プロキシを経由しないホスト(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Hosts that bypass the proxy</source>
        <translation>プロキシを経由しないホスト</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>localhost, .corp.example, 10.0.0.0/8 (empty: NO_PROXY)</source>
        <translation>localhost, .corp.example, 10.0.0.0/8 (空の場合: NO_PROXY)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="14"/>
        <source>Redirects</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="16"/>
        <source>&amp;Follow redirects, as Azure DevOps does (each hop is listed in the result)</source>
        <translation>Azure DevOps と同様にリダイレクトに従う (各ホップは結果に一覧表示されます)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA director&amp;y:</source>
        <translation>追加で信頼する CA ディレクトリ(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA directory</source>
        <translation>追加で信頼する CA ディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Every certificate file in it is trusted; SSL_CERT_DIR is honoured too</source>
        <translation>中のすべての証明書ファイルを信頼します。SSL_CERT_DIR も使われます</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the CA directory</source>
        <translation>CA ディレクトリを選択</translation>
    </message>
</context>
<context>
    <name>RestGate::AzureTokenProvider</name>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="88"/>
        <source>The token request was cancelled.</source>
        <translation>トークン要求はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="200"/>
        <source>token request to %1 failed: the token endpoint is not a valid URL (check the authority host and the tenant ID).</source>
        <translation>%1 へのトークン要求は失敗しました: トークン エンドポイントが有効な URL ではありません (機関ホストとテナント ID を確認してください)。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="210"/>
        <source>token request to %1 refused: a client secret is only sent over https (the authority host must start with https://).</source>
        <translation>%1 へのトークン要求は拒否されました: クライアント シークレットは https でのみ送信されます (機関ホストは https:// で始まる必要があります)。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="219"/>
        <source>token request to %1 not made: the client ID, the client secret and the scope are all needed.</source>
        <translation>%1 へのトークン要求は行われませんでした: クライアント ID、クライアント シークレット、スコープがすべて必要です。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="251"/>
        <source>az account get-access-token not run: no resource to ask a token for.</source>
        <translation>az account get-access-token は実行されませんでした: トークンを要求するリソースがありません。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="262"/>
        <source>The Azure CLI (&apos;az&apos;) is not installed or not on PATH: install it (https://aka.ms/azure-cli) and run &apos;az login&apos;, or choose another way to authenticate.</source>
        <translation>Azure CLI (&apos;az&apos;) がインストールされていないか、PATH 上にありません: インストールして (https://aka.ms/azure-cli) &apos;az login&apos; を実行するか、別の認証方法を選んでください。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="321"/>
        <source>The Azure CLI at %1 could not be started: %2</source>
        <translation>%1 の Azure CLI を起動できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="359"/>
        <source>token request to %1 failed: the answer has an empty access_token.</source>
        <translation>%1 へのトークン要求は失敗しました: 応答の access_token が空です。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="371"/>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="390"/>
        <source>token request to %1 failed: %2</source>
        <translation>%1 へのトークン要求は失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="375"/>
        <source>token request to %1 failed: %2 — %3</source>
        <translation>%1 へのトークン要求は失敗しました: %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="382"/>
        <source>token request to %1 failed: %2 without an access_token in the answer.</source>
        <translation>%1 へのトークン要求は失敗しました: %2 (応答に access_token がありません)。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="385"/>
        <source>token request to %1 failed: %2 (the answer is not an OAuth2 error: is the authority host right?)</source>
        <translation>%1 へのトークン要求は失敗しました: %2 (応答は OAuth2 エラーではありません: 機関ホストは正しいですか?)</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="411"/>
        <source>az account get-access-token crashed</source>
        <translation>az account get-access-token がクラッシュしました</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="412"/>
        <source>az account get-access-token crashed: %1</source>
        <translation>az account get-access-token がクラッシュしました: %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="421"/>
        <source>az account get-access-token failed (exit code %1).</source>
        <translation>az account get-access-token は失敗しました (終了コード %1)。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="424"/>
        <source>az account get-access-token failed (exit code %1): %2</source>
        <translation>az account get-access-token は失敗しました (終了コード %1): %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="434"/>
        <source>az account get-access-token printed no accessToken (unexpected output; is &apos;az&apos; the Azure CLI?).</source>
        <translation>az account get-access-token は accessToken を出力しませんでした (予期しない出力です。&apos;az&apos; は Azure CLI ですか?)。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="465"/>
        <source>az account get-access-token failed: no answer within %1 s.</source>
        <translation>az account get-access-token は失敗しました: %1 秒以内に応答がありません。</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="468"/>
        <source>token request to %1 failed: no answer within %2 s.</source>
        <translation>%1 へのトークン要求は失敗しました: %2 秒以内に応答がありません。</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackSettingsDialog</name>
    <message>
        <location filename="../src/app/callback/callbacksettingsdialog.cpp" line="65"/>
        <source>Bind address: %1</source>
        <translation>バインド アドレス: %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacksettingsdialog.cpp" line="68"/>
        <source>Public base URL: %1</source>
        <translation>公開ベース URL: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackTimelineModel</name>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="36"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="38"/>
        <source>note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="40"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="42"/>
        <source>PROBLEM</source>
        <translation>問題</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="129"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (ほか %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="169"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="171"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="173"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="175"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="177"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="179"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="181"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="204"/>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="206"/>
        <source>feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="208"/>
        <source>log (create)</source>
        <translation>ログ (作成)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="210"/>
        <source>log (append)</source>
        <translation>ログ (追記)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="212"/>
        <source>timeline record (read)</source>
        <translation>タイムライン レコード (読み取り)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="214"/>
        <source>timeline record (update)</source>
        <translation>タイムライン レコード (更新)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="216"/>
        <source>not a plan endpoint</source>
        <translation>プラン エンドポイントではありません</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="218"/>
        <source>malformed HTTP</source>
        <translation>不正な HTTP</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="220"/>
        <source>body too large</source>
        <translation>本文が大きすぎます</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="222"/>
        <source>incomplete request</source>
        <translation>不完全な要求</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackTimelineView</name>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="38"/>
        <source>(no body)</source>
        <translation>(本文なし)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="48"/>
        <source>… (%1 of %2 bytes shown)</source>
        <translation>… (%2 バイト中 %1 バイトを表示)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="56"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="58"/>
        <source>note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="60"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="62"/>
        <source>PROBLEM</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="79"/>
        <source>Callback verdict</source>
        <translation>コールバックの判定</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="83"/>
        <source>Verdict reasons</source>
        <translation>判定の理由</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="88"/>
        <source>Plan listener</source>
        <translation>プラン リスナー</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="93"/>
        <source>Requests the plan listener received</source>
        <translation>プラン リスナーが受信した要求</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="108"/>
        <source>Selected request</source>
        <translation>選択した要求</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="132"/>
        <source>No Callback run yet.</source>
        <translation>まだコールバック実行はありません。</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="142"/>
        <source>Plan listener: %1 · hub %2 · plan %3</source>
        <translation>プラン リスナー: %1 · ハブ %2 · プラン %3</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="143"/>
        <source>Waiting for the service to call back…</source>
        <translation>サービスからのコールバックを待っています…</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="174"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="176"/>
        <source>• warning: %1</source>
        <translation>• 警告: %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="212"/>
        <source>Select a request to see its headers and body.</source>
        <translation>要求を選択すると、そのヘッダーと本文が表示されます。</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="221"/>
        <source>#%1  %2 %3
</source>
        <translation>#%1  %2 %3
</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="222"/>
        <source>Received %1 from %2; answered %3; authentication %4.
</source>
        <translation>%2 から %1 を受信。応答 %3、認証 %4。
</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="224"/>
        <source>an unknown address</source>
        <translation>不明なアドレス</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="228"/>
        <source>Checks:</source>
        <translation>チェック:</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="232"/>
        <source>Headers:</source>
        <translation>ヘッダー:</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="234"/>
        <source>  (none recorded)</source>
        <translation>  (記録なし)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="237"/>
        <source>Body:</source>
        <translation>本文:</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackVerdict</name>
    <message>
        <location filename="../src/callback/callbackdryrun.cpp" line="69"/>
        <source>The dry run was cancelled.</source>
        <translation>ドライランはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackdryrun.cpp" line="70"/>
        <source>The initial call did not succeed, so the task fails before any callback.</source>
        <translation>最初の呼び出しが成功しなかったため、タスクはコールバックの前に失敗します。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="44"/>
        <source>The last request it made was #%1 %2 (%3) at %4, answered %5.</source>
        <translation>最後の要求は #%1 %2 (%3)、%4、応答 %5 でした。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="139"/>
        <source> at %1</source>
        <translation>、%1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="145"/>
        <source>Azure DevOps would mark the task as succeeded.</source>
        <translation>Azure DevOps はタスクを成功とします。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="148"/>
        <source>Azure DevOps would mark the task as succeeded with issues (partially succeeded); RestGate counts only succeeded as a pass.</source>
        <translation>Azure DevOps はタスクを問題ありの成功 (一部成功) とします。RestGate が成功とみなすのは succeeded だけです。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="153"/>
        <source>Azure DevOps would mark the task as %1.</source>
        <translation>Azure DevOps はタスクを %1 とします。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="158"/>
        <source>The service completed the task: TaskCompleted with result %1 (request #%2%3).</source>
        <translation>サービスがタスクを完了しました: 結果 %1 の TaskCompleted (要求 #%2%3)。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="168"/>
        <source>Azure DevOps would keep the task running until its timeout and then fail it.</source>
        <translation>Azure DevOps はタスクをタイムアウトまで実行中のままにし、その後失敗させます。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="172"/>
        <source>The service never called back: no request reached the listener at %1 in %2.</source>
        <translation>サービスはコールバックしませんでした: %2 の間に %1 のリスナーに届いた要求はありません。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="187"/>
        <source>The service called back, but its TaskCompleted (request #%1) was rejected with %2: %3</source>
        <translation>サービスはコールバックしましたが、その TaskCompleted (要求 #%1) は %2 で拒否されました: %3</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="195"/>
        <source>The service never completed the task: no TaskCompleted arrived in %1.</source>
        <translation>サービスはタスクを完了しませんでした: %1 の間に TaskCompleted は届きませんでした。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="206"/>
        <source>The wait was cancelled after %1, before the service completed the task.</source>
        <translation>サービスがタスクを完了する前に、%1 で待機がキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="210"/>
        <source>No request had reached the listener.</source>
        <translation>リスナーに届いた要求はありませんでした。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="214"/>
        <source>Nothing to wait on: %1</source>
        <translation>待つ対象がありません: %1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="226"/>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="231"/>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="240"/>
        <source>Timeline (no requests):</source>
        <translation>タイムライン (要求なし):</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="241"/>
        <source>Timeline (%1 requests):</source>
        <translation>タイムライン (要求 %1 件):</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="251"/>
        <source>Task log:</source>
        <translation>タスクのログ:</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="257"/>
        <source>Variables set by the service:</source>
        <translation>サービスが設定した変数:</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackWait</name>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="41"/>
        <source>there is no plan listener.</source>
        <translation>プラン リスナーがありません。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="43"/>
        <source>the plan listener is not listening%1</source>
        <translation>プラン リスナーが待ち受けていません%1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="47"/>
        <source>no plan was started on the listener, so no callback can match.</source>
        <translation>リスナーでプランが開始されていないため、一致するコールバックはありません。</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="60"/>
        <source>the plan listener was closed.</source>
        <translation>プラン リスナーは閉じられました。</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="118"/>
        <source>Shows this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="146"/>
        <source>Colour the verdicts: auto (on a terminal, unless NO_COLOR is set), always or never.</source>
        <translation>判定に色を付けます: auto (端末上で、NO_COLOR が設定されていない場合)、always または never。</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="218"/>
        <location filename="../src/cli/commandline.cpp" line="352"/>
        <source>; did you mean %1?</source>
        <translation>。%1 のことですか?</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="227"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="251"/>
        <source>--color takes auto, always or never, not &apos;%1&apos;</source>
        <translation>--color には auto、always、never のいずれかを指定します (&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="261"/>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="261"/>
        <source>[OPTIONS]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="264"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="275"/>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="287"/>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>使い方は &apos;%1 --help&apos; で表示されます。</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="351"/>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Commands</name>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="39"/>
        <source>Usage: restgate-cli COMMAND [OPTIONS] ...
       restgate-cli -h|--help | -V|--version

Designs and dry-runs Azure Pipelines InvokeRESTAPI tasks from the command line.

Commands:
</source>
        <translation>使い方: restgate-cli コマンド [オプション] ...
        restgate-cli -h|--help | -V|--version

Azure Pipelines の InvokeRESTAPI タスクをコマンド ラインから設計し、ドライランします。

コマンド:
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="49"/>
        <source>Run &apos;restgate-cli help COMMAND&apos; (or &apos;restgate-cli COMMAND --help&apos;) for a command&apos;s options.
Exit status: 0 success, 1 a task failed (or an expression is false), 2 usage or input errors.
</source>
        <translation>コマンドのオプションは &apos;restgate-cli help コマンド&apos; (または &apos;restgate-cli コマンド --help&apos;) で表示されます。
終了コード: 0 成功、1 タスクが失敗 (または式が false)、2 使い方または入力のエラー。
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="60"/>
        <source>Run &apos;restgate-cli --help&apos; for the commands.</source>
        <translation>コマンドの一覧は &apos;restgate-cli --help&apos; で表示されます。</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="70"/>
        <source>Dry-run the tasks of a design document</source>
        <translation>デザイン ドキュメントのタスクをドライランします</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="71"/>
        <source>Evaluate a success criteria against a response body</source>
        <translation>応答本文に対して成功の条件を評価します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="74"/>
        <source>Run the local demo endpoint the sample design targets</source>
        <translation>サンプル デザインが対象とするローカルのデモ エンドポイントを実行します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="77"/>
        <source>Store or clear a connection&apos;s secret in the OS keychain</source>
        <translation>接続のシークレットを OS のキーチェーンに保存または消去します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="80"/>
        <source>Write tasks as pipeline YAML (step, job, stage) or as curl</source>
        <translation>タスクをパイプライン YAML (step、job、stage) または curl として書き出します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="83"/>
        <source>Find the InvokeRESTAPI steps of a pipeline and add them to a design</source>
        <translation>パイプラインの InvokeRESTAPI ステップを見つけてデザインに追加します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="86"/>
        <source>Turn a curl command line into a task</source>
        <translation>curl コマンド ラインをタスクに変換します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="88"/>
        <source>Show the commands, or one command&apos;s options</source>
        <translation>コマンド一覧、または 1 つのコマンドのオプションを表示します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="90"/>
        <source>Print the bash or zsh completion script</source>
        <translation>bash または zsh の補完スクリプトを出力します</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="100"/>
        <source>Shows the commands of restgate-cli, or the options of one command (the same as &apos;restgate-cli COMMAND --help&apos;).</source>
        <translation>restgate-cli のコマンド、または 1 つのコマンドのオプションを表示します (&apos;restgate-cli コマンド --help&apos; と同じ)。</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="104"/>
        <source>The command to explain.</source>
        <translation>説明するコマンド。</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="111"/>
        <source>expected at most one command</source>
        <translation>コマンドは 1 つまでです</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="120"/>
        <location filename="../src/cli/commandtable.cpp" line="152"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="145"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="15"/>
        <source>Prints the completion script for bash or zsh, made from every command&apos;s options. The package installs both; to try one in the current shell:
  source &lt;(restgate-cli completion bash)</source>
        <translation>すべてのコマンドのオプションから作った bash または zsh の補完スクリプトを出力します。パッケージは両方をインストールします。現在のシェルで試すには:
  source &lt;(restgate-cli completion bash)</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="21"/>
        <source>bash or zsh.</source>
        <translation>bash または zsh。</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="28"/>
        <source>expected bash or zsh</source>
        <translation>bash または zsh を指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="80"/>
        <source>Runs the local demo endpoint, a deployment-status API that the sample design targets, until Ctrl+C (SIGINT) or SIGTERM. Point a generic service connection at the URL it prints.</source>
        <translation>サンプル デザインが対象とするデプロイ状態 API であるローカルのデモ エンドポイントを、Ctrl+C (SIGINT) または SIGTERM まで実行します。汎用サービス接続を、表示される URL に向けてください。</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="86"/>
        <source>TCP port to listen on (default %1; 0 picks a free one).</source>
        <translation>待ち受ける TCP ポート (既定 %1、0 で空きポートを選択)。</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="92"/>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).</source>
        <translation>待ち受けるアドレス (既定 127.0.0.1、すべてのインターフェイスは 0.0.0.0)。</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="22"/>
        <source>Without --response there is no body: root is null and no body rule applies.

Output: &apos;true&apos; or &apos;false&apos; on standard output; errors, notes and the trace on standard error.
Exit status: 0 true, 1 false, 2 invalid expression, evaluation error, body error or usage error.

Examples:
  restgate-cli eval --response body.json &quot;eq(root[&apos;status&apos;], &apos;successful&apos;)&quot;
  curl -s https://example.test/api | restgate-cli eval -r - --trace &quot;ge(count(root[&apos;items&apos;]), 3)&quot;
  restgate-cli eval --var max=5 -r body.json -- &quot;le(count(root[&apos;workItems&apos;]), \$(max))&quot;
</source>
        <translation>--response がなければ本文はありません: root は null で、本文の規則は適用されません。

出力: 標準出力に &apos;true&apos; または &apos;false&apos;、エラー・注記・トレースは標準エラー出力に出ます。
終了コード: 0 true、1 false、2 無効な式、評価エラー、本文のエラー、または使い方のエラー。

例:
  restgate-cli eval --response body.json &quot;eq(root[&apos;status&apos;], &apos;successful&apos;)&quot;
  curl -s https://example.test/api | restgate-cli eval -r - --trace &quot;ge(count(root[&apos;items&apos;]), 3)&quot;
  restgate-cli eval --var max=5 -r body.json -- &quot;le(count(root[&apos;workItems&apos;]), \$(max))&quot;
</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="127"/>
        <source>Evaluates an InvokeRESTAPI success criteria the way Azure DevOps does and prints &apos;true&apos; or &apos;false&apos;.</source>
        <translation>InvokeRESTAPI の成功の条件を Azure DevOps と同じように評価し、&apos;true&apos; または &apos;false&apos; を出力します。</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="132"/>
        <source>The response body to judge (&apos;-&apos; reads standard input). It is parsed like the server parses it (Json.NET: comments, single quotes and unquoted names are accepted) and is &apos;root&apos; in the expression. The server&apos;s body rules apply: a body over 2 MB (2097152 bytes) or one that is not JSON is an error, and the verdict the criteria would have had is still shown. Input past 256 MiB (268435456 bytes) is not read: eval stops with an error.</source>
        <translation>判定する応答本文 (&apos;-&apos; で標準入力を読みます)。サーバーと同じように解析され (Json.NET: コメント、単一引用符、引用符のない名前を受け付けます)、式の中では &apos;root&apos; です。サーバーの本文の規則が適用されます: 2 MB (2097152 バイト) を超える本文や JSON でない本文はエラーで、条件がどうなったかの判定も表示されます。256 MiB (268435456 バイト) を超える入力は読まれず、eval はエラーで終了します。</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="142"/>
        <source>Defines a variable for $(NAME) macros, which are replaced before the expression is parsed (names ignore case; repeat for more).</source>
        <translation>$(NAME) マクロの変数を定義します。マクロは式の解析前に置き換えられます (名前の大文字小文字は区別せず、複数なら繰り返し指定)。</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="149"/>
        <source>Shows how every sub-expression evaluated (on standard error).</source>
        <translation>各部分式がどう評価されたかを表示します (標準エラー出力)。</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="156"/>
        <source>The success criteria. Put -- before it when it starts with &apos;-&apos;: everything after -- is the expression.</source>
        <translation>成功の条件。&apos;-&apos; で始まる場合は前に -- を付けてください: -- 以降はすべて式です。</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="162"/>
        <source>put -- before an expression that starts with &apos;-&apos;</source>
        <translation>&apos;-&apos; で始まる式の前には -- を付けてください</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="39"/>
        <source>Writes tasks of a design document as Azure Pipelines YAML (a step, a job with pool: server, or a stage around that job) or as a curl command, to standard output. Without --task, every task of the design: as steps, or as one job (stage) named after the design.

YAML the published pipeline schema would reject is still written, with a warning on standard error. curl commands expand the design&apos;s variables and refer to secrets as $RESTGATE_SECRET_&lt;NAME&gt;; they never contain one.</source>
        <translation>デザイン ドキュメントのタスクを Azure Pipelines の YAML (ステップ、pool: server のジョブ、またはそのジョブを囲むステージ) または curl コマンドとして標準出力に書き出します。--task がなければデザインのすべてのタスクを、ステップとして、またはデザインにちなんで名付けた 1 つのジョブ (ステージ) として書き出します。

公開されているパイプライン スキーマが拒否する YAML も、標準エラー出力に警告を出したうえで書き出します。curl コマンドはデザインの変数を展開し、シークレットは $RESTGATE_SECRET_&lt;NAME&gt; として参照するため、シークレットそのものは含みません。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="49"/>
        <source>The design document (*.restgate.yml).</source>
        <translation>デザイン ドキュメント (*.restgate.yml)。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="52"/>
        <source>Export this task: its number (from 1) or display name. Repeatable.</source>
        <translation>このタスクをエクスポートします: 番号 (1 から) または表示名。繰り返し指定できます。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="58"/>
        <source>step (default), job, stage or curl.</source>
        <translation>step (既定)、job、stage、または curl。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="62"/>
        <source>Write inputs under their task.json names (connectedServiceName, ...) instead of the YAML names (serviceConnection, ...).</source>
        <translation>入力を YAML の名前 (serviceConnection, ...) ではなく task.json の名前 (connectedServiceName, ...) で書き出します。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="68"/>
        <source>Also write inputs that equal their default.</source>
        <translation>既定値と同じ入力も書き出します。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="71"/>
        <source>For --as curl: posix (default) or powershell.</source>
        <translation>--as curl の場合: posix (既定) または powershell。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="75"/>
        <source>The job/stage identifier (default: from the display name).</source>
        <translation>ジョブ/ステージの識別子 (既定: 表示名から)。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="80"/>
        <source>The job/stage display name.</source>
        <translation>ジョブ/ステージの表示名。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="83"/>
        <source>For --as curl: set a variable for $(NAME). Repeatable.</source>
        <translation>--as curl の場合: $(NAME) の変数を設定します。繰り返し指定できます。</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="88"/>
        <source>For --as curl: use the document&apos;s named variable set.</source>
        <translation>--as curl の場合: ドキュメントの名前付き変数セットを使います。</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="78"/>
        <source>Simulate a release gate / Invoke REST API check: re-evaluate the task at this interval (&quot;Time between re-evaluation of gates&quot;), e.g. 5m.</source>
        <translation>リリース ゲート / Invoke REST API チェックをシミュレートします: この間隔でタスクを再評価します (&quot;Time between re-evaluation of gates&quot;)。例: 5m。</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="84"/>
        <source>With --poll: how long the task must keep passing (&quot;Minimum duration for steady results&quot;; default 0: the first pass ends the gate).</source>
        <translation>--poll と併用: タスクが成功し続けなければならない時間 (&quot;Minimum duration for steady results&quot;、既定 0: 最初の成功でゲートが終わります)。</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="90"/>
        <source>With --poll (required): the gate fails when it has not succeeded by then (&quot;Timeout after which gates fail&quot;, counted from the start).</source>
        <translation>--poll と併用 (必須): それまでに成功しなければゲートは失敗します (&quot;Timeout after which gates fail&quot;、開始から数えます)。</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="96"/>
        <source>With --poll: wait this long before the first evaluation (&quot;Delay before evaluation&quot;; default 0, at most 48h).</source>
        <translation>--poll と併用: 最初の評価の前にこの時間だけ待ちます (&quot;Delay before evaluation&quot;、既定 0、最大 48h)。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="37"/>
        <source>Finds every InvokeRESTAPI@0/@1 step in an Azure Pipelines YAML file (or the ```yaml blocks of a Markdown file) and lists where it stands and what Azure DevOps would object to. With -o, adds the tasks to a design document (created, or merged into when it exists), with placeholder connections for the ones it names.

Exit status: 0 steps found, 1 the file holds no InvokeRESTAPI step, 2 errors (malformed YAML, a design that cannot be read or written).</source>
        <translation>Azure Pipelines の YAML ファイル (または Markdown ファイルの ```yaml ブロック) にある InvokeRESTAPI@0/@1 のステップをすべて見つけ、その位置と Azure DevOps が指摘する問題を一覧表示します。-o を付けると、タスクをデザイン ドキュメントに追加し (新規作成、または既存ならマージ)、タスクが参照する接続はプレースホルダーとして作ります。

終了コード: 0 ステップあり、1 ファイルに InvokeRESTAPI のステップがない、2 エラー (不正な YAML、読み書きできないデザイン)。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="47"/>
        <source>The pipeline file (*.yml, *.md).</source>
        <translation>パイプライン ファイル (*.yml, *.md)。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="50"/>
        <source>Write (or merge into) this design document.</source>
        <translation>このデザイン ドキュメントに書き込みます (またはマージします)。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="19"/>
        <source>Turns a curl command line into an InvokeRESTAPI task: the URL is split into a connection (scheme, host and base path; an existing connection of DESIGN with the same base URL is reused) and the task&apos;s URL suffix. The command comes from the arguments (one quoted string, or the words after the options) or, with &apos;-&apos; or nothing, from standard input. Options curl would use that the task cannot express are listed.
A password (-u user:password) or bearer token is never written anywhere: set RESTGATE_SECRET_&lt;NAME&gt;.</source>
        <translation>curl のコマンド ラインを InvokeRESTAPI タスクに変換します: URL を接続 (スキーム、ホスト、ベース パス。DESIGN に同じベース URL の接続があれば再利用) とタスクの URL サフィックスに分けます。コマンドは引数 (引用符で囲んだ 1 つの文字列、またはオプションの後の語) から、&apos;-&apos; または引数なしなら標準入力から読みます。curl が使うがタスクで表現できないオプションは一覧表示します。
パスワード (-u user:password) やベアラー トークンはどこにも書き込みません: RESTGATE_SECRET_&lt;NAME&gt; を設定してください。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="30"/>
        <source>Add the task to this design (created, or merged into); without it the design is written to standard output.</source>
        <translation>タスクをこのデザインに追加します (新規作成またはマージ)。指定しなければデザインを標準出力に書き出します。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="36"/>
        <source>The task&apos;s display name (default: METHOD host/path).</source>
        <translation>タスクの表示名 (既定: メソッド ホスト/パス)。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="39"/>
        <source>Split the URL here (the connection URL), e.g. https://api.example.com/v1/</source>
        <translation>URL をここで分けます (接続の URL)。例: https://api.example.com/v1/</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="46"/>
        <source>The curl command: one quoted string, the words after the options (after -- when they start with an option of import-curl&apos;s), or &apos;-&apos; for standard input.</source>
        <translation>curl コマンド: 引用符で囲んだ 1 つの文字列、オプションの後の語 (import-curl のオプションで始まる場合は -- の後)、または標準入力を表す &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="82"/>
        <source>Dry-runs the tasks of a design document with the rules Azure DevOps applies: the whole call within 20 seconds, 200 OK, and the success criteria.

Passwords and tokens are read from RESTGATE_SECRET_&lt;CONNECTION&gt; (the connection name upper-cased, other characters as &apos;_&apos;). Non-secret variables come from RESTGATE_VAR_&lt;NAME&gt;; --var wins over --var-file, which wins over the environment, which wins over the design.

Exit status: 0 all tasks passed; 1 a task failed (the status rule, the criteria or the time limit said no); 2 usage or document errors, or a task that never got an answer (connection refused, DNS, TLS, a broken connection, a missing secret); 130 interrupted (Ctrl+C), after writing what finished.</source>
        <translation>デザイン ドキュメントのタスクを Azure DevOps と同じ規則でドライランします: 呼び出し全体が 20 秒以内、200 OK、そして成功の条件。

パスワードとトークンは RESTGATE_SECRET_&lt;CONNECTION&gt; (接続名を大文字にし、その他の文字は &apos;_&apos;) から読みます。シークレットでない変数は RESTGATE_VAR_&lt;NAME&gt; から来ます。--var は --var-file より、--var-file は環境変数より、環境変数はデザインより優先されます。

終了コード: 0 すべてのタスクが成功、1 タスクが失敗 (状態の規則、条件、または制限時間が不可と判定)、2 使い方やドキュメントのエラー、または応答を得られなかったタスク (接続拒否、DNS、TLS、切断された接続、シークレットの欠落)、130 中断 (Ctrl+C、終わった分を書き出した後)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="95"/>
        <source>Design documents (*.restgate.yml), directories of them, wildcard patterns, or - for one design on standard input.</source>
        <translation>デザイン ドキュメント (*.restgate.yml)、それを含むディレクトリ、ワイルドカードのパターン、または標準入力の 1 つのデザインを表す -。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="101"/>
        <source>Run only this task: its number (from 1) or display name. Repeatable.</source>
        <translation>このタスクだけを実行します: 番号 (1 から) または表示名。繰り返し指定できます。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="107"/>
        <source>Set a dry-run variable for $(NAME). Repeatable.</source>
        <translation>$(NAME) のドライラン変数を設定します。繰り返し指定できます。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="111"/>
        <source>Use the document&apos;s named variable set (e.g. prod).</source>
        <translation>ドキュメントの名前付き変数セットを使います (例: prod)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="115"/>
        <source>Output: text (default) or json (one JSON object per task per line, then a summary line; &quot;format&quot;: 2).</source>
        <translation>出力: text (既定) または json (タスクごとに 1 行 1 つの JSON オブジェクト、最後に要約の行。&quot;format&quot;: 2)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="121"/>
        <source>Also write a JUnit XML report.</source>
        <translation>JUnit XML レポートも書き出します。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="125"/>
        <source>Show how each success criteria was evaluated.</source>
        <translation>成功の条件がどう評価されたかを表示します。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="128"/>
        <source>The API-response limit in seconds (default 20, the server&apos;s).</source>
        <translation>API 応答の制限時間 (秒) (既定 20、サーバーと同じ)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="134"/>
        <source>Dry-run option: treat any 2xx status as success. Azure DevOps documents 200 OK as the rule.</source>
        <translation>ドライランのオプション: 2xx の状態をすべて成功とみなします。Azure DevOps が規則として文書化しているのは 200 OK です。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="139"/>
        <source>Stop reading a response after this many bytes (default 256 MiB).</source>
        <translation>応答をこのバイト数で読むのをやめます (既定 256 MiB)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="145"/>
        <source>Callback tasks: where the local plan listener binds (default 127.0.0.1:0, a free port).</source>
        <translation>コールバック タスク: ローカルのプラン リスナーが待ち受ける場所 (既定 127.0.0.1:0、空きポート)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="151"/>
        <source>Callback tasks: the URL the service reaches the listener at (e.g. a tunnel); becomes system.CollectionUri.</source>
        <translation>コールバック タスク: サービスがリスナーに到達する URL (例: トンネル)。system.CollectionUri になります。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="158"/>
        <source>Callback tasks: how long to wait for TaskCompleted (default: the task&apos;s timeout, or 60 minutes).</source>
        <translation>コールバック タスク: TaskCompleted を待つ時間 (既定: タスクのタイムアウト、または 60 分)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="165"/>
        <source>Callback tasks: the plan&apos;s hub, system.HostType (build, release, gates, checks; default build).</source>
        <translation>コールバック タスク: プランのハブ、system.HostType (build, release, gates, checks。既定 build)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="171"/>
        <source>Read dry-run variables from NAME=VALUE lines (# starts a comment). Repeatable; --var wins.</source>
        <translation>NAME=VALUE の行からドライラン変数を読みます (# 以降はコメント)。繰り返し指定でき、--var が優先されます。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="177"/>
        <source>Run only tasks whose display name matches PATTERN (* any text, ? one character, case-insensitive). Repeatable.</source>
        <translation>表示名が PATTERN に一致するタスクだけを実行します (* 任意の文字列、? 1 文字、大文字小文字は区別しません)。繰り返し指定できます。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="183"/>
        <source>Stop after the first task that does not pass.</source>
        <translation>成功しなかった最初のタスクの後で止めます。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="186"/>
        <source>Run up to N tasks at once (default 1); output stays in order. Callback tasks run alone.</source>
        <translation>最大 N 個のタスクを同時に実行します (既定 1)。出力の順序は保たれます。コールバック タスクは単独で実行されます。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="192"/>
        <source>Show request and response headers and bodies (redacted, 64 KB at most per body).</source>
        <translation>要求と応答のヘッダーと本文を表示します (秘匿処理済み、本文ごとに最大 64 KB)。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="273"/>
        <source>Stores a connection&apos;s secret in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager), or removes it. &apos;set&apos; reads the secret from standard input, never from the command line: typed at a terminal it is not echoed; piped, one trailing newline is dropped.

With --design the connection is looked up in that design document and its secret is stored under the connection&apos;s stable id (its &apos;id:&apos;, or the id its name gives when it has none). Without --design, under the id the name gives.

--kind defaults to what the connection&apos;s authentication needs: password (Generic), client-secret (Azure RM service principal), token (Azure RM access token, Azure DevOps PAT); without --design, password.

RESTGATE_SECRET_&lt;CONNECTION&gt; (the name upper-cased, other characters as &apos;_&apos;), when set, overrides the keychain for &apos;restgate-cli run&apos;.</source>
        <translation>接続のシークレットを OS のキーチェーン (Secret Service、macOS キーチェーン、Windows 資格情報マネージャー) に保存、または削除します。&apos;set&apos; はシークレットをコマンド ラインからではなく標準入力から読みます: 端末で入力した場合はエコーされず、パイプから渡した場合は末尾の改行 1 つが取り除かれます。

--design を付けると、そのデザイン ドキュメントで接続を探し、シークレットを接続の固定 ID (&apos;id:&apos;、なければ名前から得られる ID) で保存します。--design がなければ、名前から得られる ID で保存します。

--kind の既定は接続の認証に必要なものです: password (Generic)、client-secret (Azure RM サービス プリンシパル)、token (Azure RM アクセス トークン、Azure DevOps PAT)。--design がなければ password。

RESTGATE_SECRET_&lt;CONNECTION&gt; (名前を大文字にし、その他の文字は &apos;_&apos;) が設定されていれば、&apos;restgate-cli run&apos; ではキーチェーンより優先されます。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="287"/>
        <source>The design document the connection is in.</source>
        <translation>接続が含まれるデザイン ドキュメント。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="291"/>
        <source>password, token or client-secret.</source>
        <translation>password、token、または client-secret。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="296"/>
        <source>set stores a secret, clear removes it.</source>
        <translation>set はシークレットを保存し、clear は削除します。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="299"/>
        <source>The connection&apos;s name.</source>
        <translation>接続の名前。</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Errors</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="96"/>
        <source>expected one design document</source>
        <translation>デザイン ドキュメントを 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="102"/>
        <source>--as must be step, job, stage or curl</source>
        <translation>--as は step、job、stage、curl のいずれかです</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="108"/>
        <source>--shell must be posix or powershell</source>
        <translation>--shell は posix または powershell です</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/exportcommand.cpp" line="126"/>
        <location filename="../src/cli/runcommand.cpp" line="361"/>
        <source>no task &apos;%1&apos; (the document has %n task(s); numbers count from 1)</source>
        <translation>
            <numerusform>タスク &apos;%1&apos; はありません (ドキュメントのタスクは %n 個、番号は 1 から数えます)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="141"/>
        <location filename="../src/cli/runcommand.cpp" line="379"/>
        <source>the document has no tasks</source>
        <translation>ドキュメントにタスクがありません</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="153"/>
        <location filename="../src/cli/runcommand.cpp" line="335"/>
        <source>the document has no variable set &apos;%1&apos;</source>
        <translation>ドキュメントに変数セット &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="206"/>
        <source>--name must be an identifier (A-Z, a-z, 0-9, &apos;_&apos;, not starting with a digit)</source>
        <translation>--name は識別子です (A-Z、a-z、0-9、&apos;_&apos;、先頭は数字以外)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="57"/>
        <source>expected one pipeline file</source>
        <translation>パイプライン ファイルを 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="63"/>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="69"/>
        <source>no InvokeRESTAPI step found</source>
        <translation>InvokeRESTAPI ステップが見つかりません</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="106"/>
        <location filename="../src/cli/importcommand.cpp" line="114"/>
        <location filename="../src/cli/importcurlcommand.cpp" line="87"/>
        <location filename="../src/cli/importcurlcommand.cpp" line="120"/>
        <source>The design was not changed.</source>
        <translation>デザインは変更されませんでした。</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="68"/>
        <location filename="../src/cli/runcommand.cpp" line="37"/>
        <source>cannot read standard input</source>
        <translation>標準入力を読めません</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="97"/>
        <source>unsupported (not imported): %1</source>
        <translation>未対応 (インポートされません): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="100"/>
        <source>ignored (does not change the request): %1</source>
        <translation>無視 (要求は変わりません): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="106"/>
        <source>The password is not stored. For a dry run set %1 (or store it with &apos;restgate-cli secret&apos;).</source>
        <translation>パスワードは保存されません。ドライランでは %1 を設定してください (&apos;restgate-cli secret&apos; で保存することもできます)。</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="50"/>
        <source>the design on standard input is longer than %1 bytes</source>
        <translation>標準入力のデザインが %1 バイトを超えています</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="206"/>
        <source>expected one design document or more</source>
        <translation>デザイン ドキュメントを 1 つ以上指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="213"/>
        <source>--format must be text or json</source>
        <translation>--format は text または json です</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="224"/>
        <source>--timeout takes a number of seconds above 0 and at most %1 (got &apos;%2&apos;)</source>
        <translation>--timeout には 0 より大きく %1 以下の秒数を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="237"/>
        <source>--max-body-bytes must be above 2097152 (the server&apos;s 2 MB criteria limit)</source>
        <translation>--max-body-bytes は 2097152 より大きくします (サーバーの条件の上限 2 MB)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="258"/>
        <source>--jobs takes a number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--jobs には 1 から %1 までの数を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="277"/>
        <source>--public-url is not a valid URL</source>
        <translation>--public-url は有効な URL ではありません</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="291"/>
        <source>--callback-timeout takes a number of seconds from 0 to %1 (got &apos;%2&apos;)</source>
        <translation>--callback-timeout には 0 から %1 までの秒数を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="308"/>
        <source>--task picks tasks of one design; with several, use --name PATTERN</source>
        <translation>--task は 1 つのデザインのタスクを選びます。複数の場合は --name PATTERN を使います</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="390"/>
        <source>no task&apos;s display name matches %1</source>
        <translation>%1 に一致する表示名のタスクがありません</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="399"/>
        <source>a gate simulation evaluates a task of one design</source>
        <translation>ゲート シミュレーションは 1 つのデザインのタスクを評価します</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="466"/>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="106"/>
        <source>--port takes a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port には 0 から 65535 までの数を指定します (&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="114"/>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not &apos;%1&apos;</source>
        <translation>--bind には 127.0.0.1 や 0.0.0.0 のような IP アドレスを指定します (&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="125"/>
        <source>cannot install the SIGINT/SIGTERM handlers</source>
        <translation>SIGINT/SIGTERM ハンドラーをインストールできません</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="61"/>
        <source>at line %1, column %2:</source>
        <translation>%1 行 %2 列:</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="87"/>
        <location filename="../src/cli/evalcommand.cpp" line="97"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="107"/>
        <source>%1 is longer than %2 bytes (256 MiB), the most eval reads; the server judges nothing over 2 MB (2097152 bytes) anyway</source>
        <translation>%1 は eval が読む上限の %2 バイト (256 MiB) を超えています。サーバーはいずれにせよ 2 MB (2097152 バイト) を超えるものを判定しません</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="111"/>
        <source>the response on standard input</source>
        <translation>標準入力の応答</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="176"/>
        <source>missing EXPRESSION</source>
        <translation>EXPRESSION がありません</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="177"/>
        <source>expected one EXPRESSION, got %1 (quote the expression)</source>
        <translation>EXPRESSION は 1 つですが、%1 個指定されました (式を引用符で囲んでください)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="199"/>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="210"/>
        <source>the expression is empty; a task without success criteria ignores the response body</source>
        <translation>式が空です。成功の条件のないタスクは応答本文を無視します</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="220"/>
        <location filename="../src/cli/evalcommand.cpp" line="225"/>
        <source>hint: %1</source>
        <translation>ヒント: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="229"/>
        <source>(the body has %1 bytes; the limit is %2)</source>
        <translation>(本文は %1 バイト、上限は %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="234"/>
        <source>dry run, ignoring the limit: the criteria would be %1</source>
        <translation>上限を無視したドライラン: 条件は %1 になります</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="95"/>
        <source>cannot read the terminal settings of standard input</source>
        <translation>標準入力の端末設定を読めません</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="114"/>
        <source>cannot turn off echo on the terminal, so the secret is not read from it</source>
        <translation>端末のエコーをオフにできないため、シークレットは端末から読みません</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="131"/>
        <source>cannot read the secret from the terminal</source>
        <translation>端末からシークレットを読めません</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="139"/>
        <source>cannot read the secret from standard input (more than 64 KiB?)</source>
        <translation>標準入力からシークレットを読めません (64 KiB を超えていますか?)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="170"/>
        <source>the connection name is empty</source>
        <translation>接続名が空です</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="197"/>
        <source>%1 has no connection &apos;%2&apos;</source>
        <translation>%1 に接続 &apos;%2&apos; はありません</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="200"/>
        <source>%1 has no connection &apos;%2&apos; (it has: %3)</source>
        <translation>%1 に接続 &apos;%2&apos; はありません (あるのは: %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="234"/>
        <source>connection &apos;%1&apos; gets its token from the Azure CLI (&apos;az login&apos;) and has no secret to store; pass --kind to store one anyway</source>
        <translation>接続 &apos;%1&apos; はトークンを Azure CLI (&apos;az login&apos;) から取得するため、保存するシークレットはありません。それでも保存するには --kind を指定します</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="256"/>
        <source>. Without a keychain restgate-cli cannot keep a secret between runs: set %1 in the environment of &apos;restgate-cli run&apos; instead</source>
        <translation>。キーチェーンがないと restgate-cli は実行の間でシークレットを保持できません。代わりに &apos;restgate-cli run&apos; の環境で %1 を設定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="305"/>
        <source>expected set or clear and a connection name</source>
        <translation>set または clear と接続名を指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="308"/>
        <source>unknown action &apos;%1&apos; (set or clear)</source>
        <translation>不明な操作 &apos;%1&apos; (set または clear)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="317"/>
        <source>the secret is read from standard input, never from the command line; run
  %1
or type it at the prompt</source>
        <translation>シークレットはコマンド ラインからではなく標準入力から読みます。次を実行するか
  %1
プロンプトで入力してください</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="327"/>
        <source>expected one connection name</source>
        <translation>接続名を 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="329"/>
        <source>Run &apos;restgate-cli secret --help&apos; for usage.</source>
        <translation>使い方は &apos;restgate-cli secret --help&apos; で表示されます。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="343"/>
        <source>--kind must be password, token or client-secret</source>
        <translation>--kind は password、token、client-secret のいずれかです</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="400"/>
        <source>no secret on standard input (to remove one: %1)</source>
        <translation>標準入力にシークレットがありません (削除するには: %1)</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Gate</name>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="35"/>
        <source>--%1 takes a duration such as 30s, 5m, 1h30m or 250ms (got &apos;%2&apos;)</source>
        <translation>--%1 には 30s、5m、1h30m、250ms のような時間を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="51"/>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="118"/>
        <source>a gate simulation needs both --poll INTERVAL and --gate-timeout DURATION</source>
        <translation>ゲートのシミュレーションには --poll INTERVAL と --gate-timeout DURATION の両方が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="121"/>
        <source>--junit is not written for a gate simulation (--poll)</source>
        <translation>ゲートのシミュレーション (--poll) では --junit は書き出されません</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="144"/>
        <source>a gate simulation evaluates one task; the design has %1 enabled: pick one with --task</source>
        <translation>ゲートのシミュレーションが評価するタスクは 1 つですが、デザインには有効なタスクが %1 個あります: --task で 1 つ選んでください</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="183"/>
        <source>note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="185"/>
        <source>Gate: %1 — every %2, steady for %3, timeout %4, delay %5</source>
        <translation>ゲート: %1 — 間隔 %2、安定期間 %3、タイムアウト %4、遅延 %5</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::NetworkOptions</name>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="28"/>
        <source>--%1: the environment variable &apos;%2&apos; is not set</source>
        <translation>--%1: 環境変数 &apos;%2&apos; が設定されていません</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="43"/>
        <source>Also trust the CA certificates in FILE (PEM or DER). Repeatable. SSL_CERT_FILE and SSL_CERT_DIR are honoured too.</source>
        <translation>FILE の CA 証明書 (PEM または DER) も信頼します。繰り返し指定できます。SSL_CERT_FILE と SSL_CERT_DIR も使われます。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="49"/>
        <source>Also trust the CA certificates in DIR. Repeatable.</source>
        <translation>DIR の CA 証明書も信頼します。繰り返し指定できます。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="53"/>
        <source>Client certificate: PEM (with --key, or the key in the same file) or PKCS#12 (.p12/.pfx).</source>
        <translation>クライアント証明書: PEM (--key と併用、または同じファイルに鍵を含む) または PKCS#12 (.p12/.pfx)。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="58"/>
        <source>The client certificate&apos;s PEM private key.</source>
        <translation>クライアント証明書の PEM 秘密鍵。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="61"/>
        <source>Read the key or PKCS#12 password from environment variable NAME (never a password on the command line).</source>
        <translation>鍵または PKCS#12 のパスワードを環境変数 NAME から読みます (パスワードをコマンド ラインに書くことはありません)。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="67"/>
        <source>Do not check the server&apos;s TLS certificate. Every output then says the certificate was not checked.</source>
        <translation>サーバーの TLS 証明書を検証しません。その場合、すべての出力に証明書が検証されていないことが示されます。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="72"/>
        <source>Use this proxy (http://, socks5://, socks5h://; user@ allowed) instead of HTTPS_PROXY / HTTP_PROXY / ALL_PROXY. &quot;&quot; means none.</source>
        <translation>HTTPS_PROXY / HTTP_PROXY / ALL_PROXY の代わりにこのプロキシを使います (http://, socks5://, socks5h://、user@ も可)。&quot;&quot; はプロキシなしです。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="78"/>
        <source>Hosts that bypass the proxy, curl&apos;s syntax: comma-separated names (subdomains match), addresses, subnets, host:port, or *. Replaces NO_PROXY.</source>
        <translation>プロキシを経由しないホスト (curl の構文): コンマ区切りの名前 (サブドメインも一致)、アドレス、サブネット、host:port、または *。NO_PROXY を置き換えます。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="84"/>
        <source>Read the proxy password from environment variable NAME.</source>
        <translation>プロキシのパスワードを環境変数 NAME から読みます。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="88"/>
        <source>Stop at the first redirect (3xx) instead of following it.</source>
        <translation>最初のリダイレクト (3xx) に従わずに止めます。</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="103"/>
        <source>--key needs --cert</source>
        <translation>--key には --cert が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="108"/>
        <source>--cert-password-env needs --cert</source>
        <translation>--cert-password-env には --cert が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="133"/>
        <source>no such file: %1</source>
        <translation>ファイルがありません: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="139"/>
        <source>--capath: no such directory: %1</source>
        <translation>--capath: ディレクトリがありません: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Secret</name>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="27"/>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="30"/>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="32"/>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="34"/>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="247"/>
        <source>entry %1 of service %2</source>
        <translation>サービス %2 のエントリ %1</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="356"/>
        <source>No %1 was stored for connection &apos;%2&apos; (id %3).</source>
        <translation>接続 &apos;%2&apos; (ID %3) に %1 は保存されていませんでした。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="367"/>
        <source>Removed 1 secret of connection &apos;%1&apos; (id %2) from the OS keychain.</source>
        <translation>接続 &apos;%1&apos; (ID %2) のシークレット 1 件を OS のキーチェーンから削除しました。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="370"/>
        <source>Removed %1 secrets of connection &apos;%2&apos; (id %3) from the OS keychain.</source>
        <translation>接続 &apos;%2&apos; (ID %3) のシークレット %1 件を OS のキーチェーンから削除しました。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="392"/>
        <source>%1 for connection &apos;%2&apos; (input hidden): </source>
        <translation>接続 &apos;%2&apos; の%1 (入力は表示されません): </translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="412"/>
        <source>Stored the %1 of connection &apos;%2&apos; in the OS keychain (%3).</source>
        <translation>接続 &apos;%2&apos; の%1を OS のキーチェーンに保存しました (%3)。</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="417"/>
        <source>note: %1 is set here and overrides the keychain for &apos;restgate-cli run&apos;.</source>
        <translation>注意: ここでは %1 が設定されていて、&apos;restgate-cli run&apos; ではキーチェーンより優先されます。</translation>
    </message>
</context>
<context>
    <name>RestGate::ConnectionTest</name>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="64"/>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="140"/>
        <source>No answer from %1 in time: the server is not reachable.</source>
        <translation>%1 から時間内に応答がありません: サーバーに到達できません。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="141"/>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 に到達できません: %2。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="153"/>
        <source>No credentials were sent: the connection has no user name or password, so the request carried an empty &apos;Authorization: Basic Og==&apos;.</source>
        <translation>資格情報は送信されませんでした: 接続にユーザー名もパスワードもないため、要求には空の &apos;Authorization: Basic Og==&apos; が付きました。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="157"/>
        <source>Reachable: GET %1 answered %2. %3 The server asks for none here, so this tests no credentials.</source>
        <translation>到達可能: GET %1 の応答は %2 でした。%3 サーバーはここで資格情報を求めないため、資格情報はテストされません。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="162"/>
        <source>Reachable, but GET %1 answered %2: the server wants credentials. %3 Add a user name and password.</source>
        <translation>到達可能ですが、GET %1 の応答は %2 でした: サーバーは資格情報を求めています。%3 ユーザー名とパスワードを追加してください。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="167"/>
        <source>Reachable: GET %1 answered %2, which is not success. %3</source>
        <translation>到達可能: GET %1 の応答は %2 で、成功ではありません。%3</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="171"/>
        <source>Reachable, and the credentials were accepted: GET %1 answered %2.</source>
        <translation>到達可能で、資格情報は受け入れられました: GET %1 の応答は %2 でした。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="174"/>
        <source>Reachable, but the credentials were refused: GET %1 answered %2.</source>
        <translation>到達可能ですが、資格情報は拒否されました: GET %1 の応答は %2 でした。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="177"/>
        <source>Reachable: GET %1 answered %2. The credentials were not refused, but the base URL itself does not answer with success.</source>
        <translation>到達可能: GET %1 の応答は %2 でした。資格情報は拒否されませんでしたが、ベース URL 自体が成功を返しません。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="229"/>
        <source>The connection has no URL to test.</source>
        <translation>接続にテストする URL がありません。</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="230"/>
        <source>&apos;%1&apos; is not an absolute http or https URL.</source>
        <translation>&apos;%1&apos; は絶対 http または https URL ではありません。</translation>
    </message>
</context>
<context>
    <name>RestGate::ConnectionsDialog</name>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="47"/>
        <source>Generic</source>
        <translation>汎用</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="49"/>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="51"/>
        <source>Azure DevOps</source>
        <translation>Azure DevOps</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="60"/>
        <source>Azure Cloud</source>
        <translation>Azure Cloud</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="62"/>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="64"/>
        <source>Azure China Cloud</source>
        <translation>Azure China Cloud</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="66"/>
        <source>Custom (Azure Stack, private cloud)</source>
        <translation>カスタム (Azure Stack、プライベート クラウド)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="75"/>
        <source>Service principal secret</source>
        <translation>サービス プリンシパル シークレット</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="77"/>
        <source>Azure CLI (az login)</source>
        <translation>Azure CLI (az login)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="79"/>
        <source>Access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="81"/>
        <source>Personal access token</source>
        <translation>個人用アクセス トークン</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="91"/>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="93"/>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="95"/>
        <source>personal access token</source>
        <translation>個人用アクセス トークン</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="96"/>
        <source>access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="100"/>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="291"/>
        <source>-copy</source>
        <translation>-コピー</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="455"/>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="507"/>
        <source>The new %1 is stored in the OS keychain when you click OK.</source>
        <translation>新しい%1は [OK] をクリックすると OS のキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="508"/>
        <source>The stored %1 is removed from the OS keychain when you click OK.</source>
        <translation>保存された%1は [OK] をクリックすると OS のキーチェーンから削除されます。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="511"/>
        <source>The %1 of &apos;%2&apos;, if one is stored, is copied to this connection when you click OK.</source>
        <translation>&apos;%2&apos; の%1が保存されていれば、[OK] をクリックするとこの接続にコピーされます。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="517"/>
        <source>Checking the OS keychain…</source>
        <translation>OS のキーチェーンを確認しています…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="520"/>
        <source>A %1 is kept in memory for this run only.</source>
        <translation>%1はこの実行の間だけメモリに保持されています。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="521"/>
        <source>A %1 is stored in the OS keychain.</source>
        <translation>%1は OS のキーチェーンに保存されています。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="526"/>
        <source>No %1 is stored; requests are sent with an empty one.</source>
        <translation>%1は保存されていません。要求は空の値で送信されます。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="527"/>
        <source>No %1 is stored.</source>
        <translation>%1は保存されていません。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="530"/>
        <source>The OS keychain cannot be read: %1</source>
        <translation>OS のキーチェーンを読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="596"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="619"/>
        <source>A connection needs a name.</source>
        <translation>接続には名前が必要です。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="622"/>
        <source>Two connections are named &apos;%1&apos;; Azure DevOps tells names apart ignoring case, so each needs its own.</source>
        <translation>「%1」という名前の接続が 2 つあります。Azure DevOps は大文字と小文字を区別せずに名前を区別するため、それぞれに別の名前が必要です。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="693"/>
        <source>No keychain available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="708"/>
        <source>Saving the secrets failed: %1</source>
        <translation>シークレットを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="721"/>
        <source>Saving the secrets in the OS keychain…</source>
        <translation>シークレットを OS のキーチェーンに保存しています…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="331"/>
        <source>Delete connection</source>
        <translation>接続の削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="332"/>
        <source>%n task(s) use the connection “%1”. Delete it anyway? They will refer to a connection the design no longer has, and cannot be sent until you choose another.</source>
        <translation>
            <numerusform>%n 個のタスクが接続「%1」を使用しています。それでも削除しますか? それらのタスクはデザインにない接続を参照することになり、別の接続を選ぶまで送信できません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestGate::CredentialResolver</name>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="21"/>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="23"/>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="25"/>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="124"/>
        <source>Resolving the connection&apos;s credential was cancelled.</source>
        <translation>接続の資格情報の解決はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="163"/>
        <source>Connection &apos;%1&apos;: %2</source>
        <translation>接続 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="189"/>
        <source>No password is stored for connection &apos;%1&apos;: sending an empty one.</source>
        <translation>接続 &apos;%1&apos; にはパスワードが保存されていません: 空のパスワードを送信します。</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="303"/>
        <source>Connection &apos;%1&apos; has no %2: store it with &apos;restgate-cli secret set %1 --kind %3&apos; (or in the Connections dialog), or set %4.</source>
        <translation>接続 &apos;%1&apos; に %2 がありません: &apos;restgate-cli secret set %1 --kind %3&apos; で (または接続ダイアログで) 保存するか、%4 を設定してください。</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="313"/>
        <source>%1. Set %2 for connection &apos;%3&apos;, or keep its secret for this run only.</source>
        <translation>%1。接続 &apos;%3&apos; の %2 を設定するか、シークレットをこの実行の間だけ保持してください。</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="325"/>
        <source>Cannot read the %1 of connection &apos;%2&apos; from the keychain: %3</source>
        <translation>接続 &apos;%2&apos; の %1 をキーチェーンから読めません: %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectioncredentials.cpp" line="38"/>
        <source>%1 Sending an empty password.</source>
        <translation>%1 空のパスワードを送信します。</translation>
    </message>
</context>
<context>
    <name>RestGate::CriteriaEdit</name>
    <message>
        <location filename="../src/app/widgets/criteriaedit.cpp" line="70"/>
        <source>Criteria completions</source>
        <translation>条件の入力候補</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlExport</name>
    <message>
        <location filename="../src/core/pipeline/curlexport.cpp" line="312"/>
        <source>A secret could not be replaced by an environment variable reference; no curl command was written.</source>
        <translation>シークレットを環境変数の参照に置き換えられなかったため、curl コマンドは書き出されませんでした。</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlImport</name>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="753"/>
        <source>The command logs in as &apos;%1&apos;, but the reused connection &apos;%2&apos; uses &apos;%3&apos;.</source>
        <translation>コマンドは &apos;%1&apos; としてログインしますが、再利用する接続 &apos;%2&apos; は &apos;%3&apos; を使います。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="782"/>
        <source>Method %1 is not one the task offers.</source>
        <translation>メソッド %1 はタスクで選択できるものではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="817"/>
        <source>The bearer token is not stored: the task&apos;s Authorization header uses the secret variable $(%1). Give it a value (%2 for the CLI).</source>
        <translation>ベアラー トークンは保存されません: タスクの Authorization ヘッダーはシークレット変数 $(%1) を使います。値を設定してください (CLI では %2)。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="832"/>
        <source>The connection URL &apos;%1&apos; has no trailing slash, so the URL suffix starts with &apos;/&apos;: Azure DevOps joins them as text, to %2.</source>
        <translation>接続 URL &apos;%1&apos; は末尾がスラッシュではないため、URL サフィックスは &apos;/&apos; で始まります。Azure DevOps はこれらをテキストとして連結し、%2 になります。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="840"/>
        <source>Header &apos;%1&apos; contains &apos;$(&apos;: Azure DevOps expands $(name) as a variable.</source>
        <translation>ヘッダー &apos;%1&apos; に &apos;$(&apos; が含まれています: Azure DevOps は $(name) を変数として展開します。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="848"/>
        <source>The body contains &apos;$(&apos;: Azure DevOps expands $(name) as a variable.</source>
        <translation>本文に &apos;$(&apos; が含まれています: Azure DevOps は $(name) を変数として展開します。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="858"/>
        <source>The command sends no credentials, but a Generic connection always sends Basic credentials: with an empty user name and password the task sends &apos;Authorization: Basic Og==&apos;.</source>
        <translation>コマンドは資格情報を送信しませんが、汎用接続は常に Basic 資格情報を送信します。ユーザー名とパスワードが空の場合、タスクは &apos;Authorization: Basic Og==&apos; を送信します。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="865"/>
        <source>-u gives no password; curl would ask for it.</source>
        <translation>-u でパスワードが指定されていません。curl ならパスワードを尋ねます。</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlImportDialog</name>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="22"/>
        <source>Method and path, e.g. POST /v1/items</source>
        <translation>メソッドとパス (例: POST /v1/items)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="23"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="24"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="88"/>
        <source>This cannot be imported: %1</source>
        <translation>インポートできません: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="103"/>
        <source>%1 (%2), the document&apos;s own connection</source>
        <translation>%1 (%2)、ドキュメント自身の接続</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="104"/>
        <source>%1 (%2), a new %3 connection</source>
        <translation>%1 (%2)、新しい %3 接続</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="108"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="112"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="112"/>
        <source>(%1 sends no body)</source>
        <translation>(%1 は本文を送信しません)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="117"/>
        <source>The password is not put into the task or the connection: store it for connection “%1” (or set %2 for restgate-cli).</source>
        <translation>パスワードはタスクにも接続にも入れません: 接続「%1」用に保存してください (restgate-cli では %2 を設定してください)。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="121"/>
        <source>The bearer token is moved out of the headers into the secret variable $(%1); its value is never saved.</source>
        <translation>ベアラー トークンはヘッダーからシークレット変数 $(%1) に移されます。その値は保存されません。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="125"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="125"/>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="135"/>
        <source>Ignored, they only change what curl prints or does locally: %1</source>
        <translation>curl の表示内容やローカルでの動作だけを変えるため無視しました: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::DesignOverview</name>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="17"/>
        <source>Service &amp;connections</source>
        <translation>サービス接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="20"/>
        <source>Service connections</source>
        <translation>サービス接続</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="21"/>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="22"/>
        <source>Manage service connections</source>
        <translation>サービス接続の管理</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="24"/>
        <source>Variable s&amp;ets</source>
        <translation>変数セット(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="27"/>
        <source>Variable sets</source>
        <translation>変数セット</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="28"/>
        <source>The set a dry run uses (checked). Activate one to use it and edit it below.</source>
        <translation>ドライ ランで使うセット (チェック付き)。セットをアクティブにすると使用され、下で編集できます。</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="68"/>
        <source>(base variables only)</source>
        <translation>(基本変数のみ)</translation>
    </message>
</context>
<context>
    <name>RestGate::DisplayText</name>
    <message>
        <location filename="../src/core/design/displaytext.cpp" line="10"/>
        <source>en</source>
        <extracomment>The code of this catalogue&apos;s language (de, fr, ja): numbers in messages are written the way it writes them.</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::CriteriaEvaluator</name>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="110"/>
        <source>%1 at line %2, column %3</source>
        <translation>%2 行 %3 列の %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="117"/>
        <source>The body is accepted by Azure DevOps but is not strict JSON (1 place): %1</source>
        <translation>本文は Azure DevOps では受け付けられますが、厳密な JSON ではありません (1 か所): %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="120"/>
        <source>The body is accepted by Azure DevOps but is not strict JSON (%1 places): %2</source>
        <translation>本文は Azure DevOps では受け付けられますが、厳密な JSON ではありません (%1 か所): %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="143"/>
        <source>%1() cannot order an %2; compare one of its values, or count(...) it</source>
        <translation>%1() は %2 を順序付けできません。その値の 1 つを比較するか、count(...) で数えてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="147"/>
        <source>%1() converts its right argument to the type of the left one (%2), and %3 (%4) does not convert; eq() would just say &apos;not equal&apos;</source>
        <translation>%1() は右の引数を左の引数の型 (%2) に変換しますが、%3 (%4) は変換できません。eq() なら単に「等しくない」となります</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="154"/>
        <source>%1() works on text, and an %2 has no text form</source>
        <translation>%1() はテキストを扱いますが、%2 にはテキスト形式がありません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="159"/>
        <source>; to look for a value in an array use containsValue(array, value)</source>
        <translation>。配列内の値を探すには containsValue(array, value) を使ってください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="163"/>
        <source>in %1(): %2 %3 does not convert to %4</source>
        <translation>%1() 内: %2 %3 は %4 に変換できません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="168"/>
        <source>the intermediate results exceed the server&apos;s 1 MB evaluation budget (long strings count twice their length)</source>
        <translation>中間結果がサーバーの評価予算 1 MB を超えています (長い文字列は長さの 2 倍として数えられます)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="173"/>
        <source>a number in the body (NaN, Infinity or a huge value) does not fit the engine&apos;s decimal numbers</source>
        <translation>本文内の数値 (NaN、Infinity、または巨大な値) がエンジンの 10 進数に収まりません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="178"/>
        <source>in %1(): %2</source>
        <translation>%1() 内: %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="200"/>
        <source>No variable defines %1, so the server evaluates it as written.</source>
        <translation>%1 を定義する変数がないため、サーバーは記述どおりに評価します。</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="292"/>
        <source>The dry run kept only the first %1 bytes of the response; the server received all of it.</source>
        <translation>ドライランでは応答の最初の %1 バイトだけを保持しました。サーバーはすべてを受信します。</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="304"/>
        <source>The body nests %1 levels deep. Json.NET 13 refuses more than %2 by default, so a server on that version rejects it.</source>
        <translation>本文は %1 階層の深さまで入れ子になっています。Json.NET 13 は既定で %2 階層を超えるものを拒否するため、そのバージョンのサーバーでは拒否されます。</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="311"/>
        <source>The body is not a JSON object. The server speaks of parsing &quot;a JSON object&quot;; whether it accepts other values is not documented.</source>
        <translation>本文は JSON オブジェクトではありません。サーバーは「JSON オブジェクト」の解析と述べており、ほかの値を受け付けるかどうかは文書化されていません。</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="323"/>
        <source>The dry run could not evaluate the criteria either: the body is not JSON (%1).</source>
        <translation>ドライランでも条件を評価できませんでした: 本文が JSON ではありません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="328"/>
        <source>no body</source>
        <translation>本文なし</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="330"/>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="361"/>
        <source>The criteria is not valid either: %1</source>
        <translation>条件も有効ではありません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="339"/>
        <source>Evaluating the criteria fails too: %1</source>
        <translation>条件の評価も失敗します: %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="358"/>
        <source>the response has no body</source>
        <translation>応答に本文がありません</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::Evaluator</name>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="333"/>
        <source>%1 cannot be indexed, so the result is null</source>
        <translation>%1 にはインデックスを付けられないため、結果は null です</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="353"/>
        <source>and() stops at the first false argument</source>
        <translation>and() は最初の false の引数で止まります</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="363"/>
        <source>or() stops at the first true argument</source>
        <translation>or() は最初の true の引数で止まります</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="425"/>
        <source>the first argument is not an array or an object, so the result is false</source>
        <translation>最初の引数が配列でもオブジェクトでもないため、結果は false です</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="451"/>
        <source>coalesce() returns the first value that is not null or &apos;&apos;</source>
        <translation>coalesce() は null でも &apos;&apos; でもない最初の値を返します</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="490"/>
        <source>the text to replace is empty, so replace() returns its input</source>
        <translation>置換する文字列が空なので、replace() は入力をそのまま返します</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="526"/>
        <source>iif() takes the second argument when the condition is true</source>
        <translation>条件が true のとき、iif() は 2 番目の引数を使います</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="528"/>
        <source>iif() takes the third argument when the condition is false</source>
        <translation>条件が false のとき、iif() は 3 番目の引数を使います</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="672"/>
        <source>format() evaluates only the arguments its pattern references</source>
        <translation>format() はパターンが参照する引数だけを評価します</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="684"/>
        <source>the second argument is not an array, so no separator is needed</source>
        <translation>2 番目の引数が配列ではないため、区切り文字は不要です</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="692"/>
        <source>join() evaluates the separator only for two or more items</source>
        <translation>join() は要素が 2 つ以上のときだけ区切り文字を評価します</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="893"/>
        <source>not reached: evaluation stopped at the error</source>
        <translation>未到達: 評価はエラーで停止しました</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::Parser</name>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="92"/>
        <source>at least %1</source>
        <translation>%1 個以上</translation>
    </message>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="94"/>
        <source>exactly %1</source>
        <translation>ちょうど %1 個</translation>
    </message>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="95"/>
        <source>%1 to %2</source>
        <translation>%1 ～ %2 個</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="507"/>
        <source>there are no infix operators: write %1(a, b) instead of a %1 b</source>
        <translation>中置演算子はありません: a %1 b ではなく %1(a, b) と書いてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="514"/>
        <source>two values in a row: separate arguments with &apos;,&apos; or combine conditions with and(a, b)</source>
        <translation>値が 2 つ続いています: 引数は &apos;,&apos; で区切るか、条件は and(a, b) で組み合わせてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="525"/>
        <source>this string is never closed: add a closing &apos; (write &apos;&apos; for a quote inside a string)</source>
        <translation>この文字列は閉じられていません: 閉じる &apos; を追加してください (文字列内の引用符は &apos;&apos; と書きます)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="529"/>
        <source>&apos;%1&apos; is not a version: a version has 2 to 4 numeric parts, like 1.2.3</source>
        <translation>&apos;%1&apos; はバージョンではありません: バージョンは 1.2.3 のように 2 ～ 4 個の数値部分からなります</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="532"/>
        <source>&apos;%1&apos; is not a number: write digits with an optional &apos;-&apos; and one &apos;.&apos; (no exponent, hex digits, &apos;+&apos; or &apos;_&apos;)</source>
        <translation>&apos;%1&apos; は数値ではありません: 省略可能な &apos;-&apos; と 1 つの &apos;.&apos; を含む数字で書いてください (指数、16 進数字、&apos;+&apos;、&apos;_&apos; は不可)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="539"/>
        <source>double-quoted strings are not allowed; use single quotes: &apos;text&apos;</source>
        <translation>二重引用符の文字列は使えません。単一引用符を使ってください: &apos;text&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="551"/>
        <source>operators like %1 are not supported; use %2</source>
        <translation>%1 のような演算子はサポートされていません。%2 を使ってください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="556"/>
        <source>there is no null literal; eq(x, &apos;&apos;) is true when x is null or an empty string</source>
        <translation>null リテラルはありません。x が null または空文字列のとき eq(x, &apos;&apos;) が true になります</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="564"/>
        <source>&apos;%1&apos; is not available in success criteria; use $(name) macros, which are replaced before the criteria is evaluated, and &apos;root&apos; for the response body</source>
        <translation>&apos;%1&apos; は成功の条件では使えません。条件の評価前に置き換えられる $(name) マクロと、応答本文を表す &apos;root&apos; を使ってください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="574"/>
        <source>job status functions like %1() are not available in success criteria</source>
        <translation>%1() のようなジョブ状態関数は成功の条件では使えません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="581"/>
        <source>unknown function &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>不明な関数 &apos;%1&apos;。&apos;%2&apos; のことですか?</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="584"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>不明な関数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="586"/>
        <source>unknown name &apos;%1&apos;: the response body is &apos;root&apos;, so write root[&apos;%1&apos;]</source>
        <translation>不明な名前 &apos;%1&apos;: 応答本文は &apos;root&apos; なので root[&apos;%1&apos;] と書いてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="591"/>
        <source>&apos;%1&apos; contains a quote: a string probably ended early; write &apos;&apos; for a quote inside a string</source>
        <translation>&apos;%1&apos; に引用符が含まれています: 文字列が途中で終わった可能性があります。文字列内の引用符は &apos;&apos; と書いてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="597"/>
        <source>&apos;%1&apos; is not a name: names with &apos;-&apos; need the indexer, like root[&apos;%1&apos;]</source>
        <translation>&apos;%1&apos; は名前ではありません: &apos;-&apos; を含む名前にはインデクサーが必要です (例: root[&apos;%1&apos;])</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="600"/>
        <source>&apos;%1&apos; is not a function, a literal or &apos;root&apos;</source>
        <translation>&apos;%1&apos; は関数でもリテラルでも &apos;root&apos; でもありません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="609"/>
        <source>&apos;[&apos; must follow something to index, like root[&apos;name&apos;] or split(a, b)[0]</source>
        <translation>&apos;[&apos; はインデックス可能なものの後に置く必要があります (例: root[&apos;name&apos;]、split(a, b)[0])</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="612"/>
        <source>literals cannot be indexed</source>
        <translation>リテラルにはインデックスを付けられません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="624"/>
        <source>&apos;.&apos; must follow something with properties, like root.name</source>
        <translation>&apos;.&apos; はプロパティを持つものの後に置く必要があります (例: root.name)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="627"/>
        <source>literals have no properties</source>
        <translation>リテラルにはプロパティがありません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="634"/>
        <source>a property name must follow &apos;.&apos;, like root.status</source>
        <translation>&apos;.&apos; の後にはプロパティ名が必要です (例: root.status)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="646"/>
        <source>a property name must follow &apos;.&apos;</source>
        <translation>&apos;.&apos; の後にはプロパティ名が必要です</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="649"/>
        <source>&apos;%1&apos; cannot follow &apos;.&apos;: names that are not identifiers need the indexer, like root[&apos;%1&apos;]</source>
        <translation>&apos;%1&apos; は &apos;.&apos; の後に置けません: 識別子でない名前にはインデクサーが必要です (例: root[&apos;%1&apos;])</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="655"/>
        <source>write either root.name or root[&apos;name&apos;], not both</source>
        <translation>root.name か root[&apos;name&apos;] のどちらか一方を書いてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="658"/>
        <source>&apos;..&apos; is not supported; recursive descent exists only inside jsonpath(&apos;$..name&apos;)</source>
        <translation>&apos;..&apos; はサポートされていません。再帰下降は jsonpath(&apos;$..name&apos;) の中でのみ使えます</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="673"/>
        <source>&apos;*&apos; is only valid right after &apos;[&apos; or &apos;.&apos;, as in root[*] or root.*</source>
        <translation>&apos;*&apos; は &apos;[&apos; または &apos;.&apos; の直後でのみ有効です (例: root[*]、root.*)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="694"/>
        <source>&apos;)&apos; cannot close &apos;[&apos;: add &apos;]&apos; first</source>
        <translation>&apos;)&apos; では &apos;[&apos; を閉じられません: 先に &apos;]&apos; を追加してください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="695"/>
        <source>&apos;)&apos; without a function call to close; there are no grouping parentheses</source>
        <translation>閉じる関数呼び出しのない &apos;)&apos; です。グループ化のかっこはありません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="702"/>
        <source>an argument is missing after &apos;,&apos;</source>
        <translation>&apos;,&apos; の後に引数がありません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="705"/>
        <source>wrong number of arguments: %1 takes %2, got %3</source>
        <translation>引数の数が正しくありません: %1 は %2 の引数を取りますが、%3 個指定されました</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="718"/>
        <source>&apos;]&apos; without a matching &apos;[&apos;</source>
        <translation>対応する &apos;[&apos; のない &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="720"/>
        <source>an indexer needs exactly one value, like root[&apos;name&apos;] or root[0]</source>
        <translation>インデクサーには値が 1 つだけ必要です (例: root[&apos;name&apos;]、root[0])</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="723"/>
        <source>&apos;]&apos; cannot close a function call: add &apos;)&apos; first</source>
        <translation>&apos;]&apos; では関数呼び出しを閉じられません: 先に &apos;)&apos; を追加してください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="738"/>
        <source>an indexer holds exactly one value; &apos;,&apos; separates function arguments</source>
        <translation>インデクサーに入る値は 1 つだけです。&apos;,&apos; は関数の引数を区切ります</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="740"/>
        <source>&apos;,&apos; outside a function call: combine conditions with and(a, b)</source>
        <translation>関数呼び出しの外の &apos;,&apos; です: 条件は and(a, b) で組み合わせてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="746"/>
        <source>an argument is missing before &apos;,&apos;</source>
        <translation>&apos;,&apos; の前に引数がありません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="750"/>
        <source>wrong number of arguments: %1 takes %2</source>
        <translation>引数の数が正しくありません: %1 は %2 の引数を取ります</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="762"/>
        <source>%1 is a function: write %2</source>
        <translation>%1 は関数です: %2 と書いてください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="801"/>
        <source>the expression is %1 characters long; the limit is %2 (whitespace included)</source>
        <translation>式の長さは %1 文字です。上限は %2 文字です (空白を含む)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="847"/>
        <source>&apos;(&apos; may only follow a function name; there are no grouping parentheses</source>
        <translation>&apos;(&apos; は関数名の後にのみ置けます。グループ化のかっこはありません</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="857"/>
        <source>functions and indexers are nested %1 deep; at most %2 may be open at once</source>
        <translation>関数とインデクサーが %1 階層入れ子になっています。同時に開けるのは %2 個までです</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="866"/>
        <source>%1( is never closed: add &apos;)&apos;</source>
        <translation>%1( が閉じられていません: &apos;)&apos; を追加してください</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="870"/>
        <source>&apos;[&apos; is never closed: add &apos;]&apos;</source>
        <translation>&apos;[&apos; が閉じられていません: &apos;]&apos; を追加してください</translation>
    </message>
</context>
<context>
    <name>RestGate::FindBar</name>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="20"/>
        <source>Match &amp;case</source>
        <translation>大文字と小文字を区別(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="25"/>
        <source>F&amp;ind:</source>
        <translation>検索(&amp;I):</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="28"/>
        <source>Text to find in the body</source>
        <translation>本文内で検索するテキスト</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="32"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="34"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>前の一致 (Shift+Enter、Shift+F3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="35"/>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="37"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="39"/>
        <source>Next match (Enter, F3)</source>
        <translation>次の一致 (Enter、F3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="40"/>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="43"/>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="47"/>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="48"/>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="192"/>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="194"/>
        <source>%1 of %2+</source>
        <translation>%1 / %2+</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="196"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>RestGate::GateDialog</name>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="25"/>
        <source>Simulate gate — %1</source>
        <translation>ゲートのシミュレーション — %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="46"/>
        <source>Evaluation %1 running… %2</source>
        <translation>評価 %1 を実行中… %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="79"/>
        <source>The delay before evaluation</source>
        <translation>評価までの遅延</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="80"/>
        <source>The time between evaluations</source>
        <translation>評価の間隔</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="81"/>
        <source>The minimum duration for steady results</source>
        <translation>安定した結果の最小期間</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="82"/>
        <source>The timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="86"/>
        <source>%1 is not a duration: write it like 30s, 5m, 1h30m or 250ms.</source>
        <translation>%1 が期間として正しくありません: 30s、5m、1h30m、250ms のように入力してください。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="126"/>
        <source>Reading the connection&apos;s secret…</source>
        <translation>接続のシークレットを読み取っています…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="139"/>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="151"/>
        <source>Not started: %1</source>
        <translation>開始されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="172"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RestGate::GateEvaluationModel</name>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="71"/>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="73"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="102"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="104"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="106"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="108"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="110"/>
        <source>Latency</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="112"/>
        <source>Why it failed</source>
        <translation>失敗の理由</translation>
    </message>
</context>
<context>
    <name>RestGate::GatePlot</name>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="34"/>
        <source>Evaluations over time</source>
        <translation>評価の推移</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="198"/>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="199"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="200"/>
        <source>error / timed out</source>
        <translation>エラー / タイムアウト</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="201"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="219"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="248"/>
        <source>timeout %1</source>
        <translation>タイムアウト %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="255"/>
        <source>delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="273"/>
        <source>#%1 at +%2: %3, %4, %5 ms</source>
        <translation>#%1 (+%2): %3、%4、%5 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="277"/>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>RestGate::GateSimulator</name>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="31"/>
        <source>The time between evaluations must be longer than 0.</source>
        <translation>評価の間隔は 0 より長くなければなりません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="34"/>
        <source>A duration cannot be negative.</source>
        <translation>時間を負にはできません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="36"/>
        <source>The delay before evaluation is %1; Azure DevOps caps it at 48 hours.</source>
        <translation>評価までの遅延は %1 ですが、Azure DevOps の上限は 48 時間です。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="40"/>
        <source>RestGate simulates a gate for at most %1.</source>
        <translation>RestGate がゲートをシミュレートできるのは最大 %1 です。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="43"/>
        <source>The timeout (%1) must be longer than the delay before evaluation (%2): nothing would be evaluated.</source>
        <translation>タイムアウト (%1) は評価までの遅延 (%2) より長くなければなりません: このままでは何も評価されません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="50"/>
        <source>The gate can never succeed: with a delay of %1, evaluations every %2 and a minimum success duration of %3, the earliest evaluation that could end it starts at %4, not before the timeout (%5).</source>
        <translation>このゲートは決して成功しません: 遅延 %1、評価間隔 %2、最小成功期間 %3 では、ゲートを終えられる最初の評価は %4 に始まり、タイムアウト (%5) より前になりません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="67"/>
        <source>For a synchronous Invoke REST API check Microsoft recommends a timeout of at most 10 times the time between evaluations (here %1 times).</source>
        <translation>同期の Invoke REST API チェックでは、Microsoft はタイムアウトを評価間隔の 10 倍以下にするよう推奨しています (ここでは %1 倍)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="74"/>
        <source>Azure Pipelines evaluates a check at most %1 times; up to %2 evaluations fit here, and the simulation stops at %1 too.</source>
        <translation>Azure Pipelines がチェックを評価するのは最大 %1 回です。ここでは最大 %2 回の評価が収まりますが、シミュレーションも %1 回で止まります。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="193"/>
        <source>The gate simulation is already running.</source>
        <translation>ゲートのシミュレーションはすでに実行中です。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="198"/>
        <source>The task completes by Callback: its decision comes from the service&apos;s TaskCompleted event, not from re-evaluating the response, so it is not simulated as a gate. Use Send or restgate-cli run without --poll.</source>
        <translation>このタスクは Callback で完了します: 判定は応答の再評価ではなくサービスの TaskCompleted イベントから来るため、ゲートとしてはシミュレートしません。送信、または --poll なしの restgate-cli run を使ってください。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="226"/>
        <source>Stopped before this evaluation finished.</source>
        <translation>この評価が終わる前に停止しました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="230"/>
        <source>Stopped after %1 and %2 evaluation(s).</source>
        <translation>%1 経過、%2 回の評価の後に停止しました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="246"/>
        <source>Evaluating: %1 evaluation(s) in %2.</source>
        <translation>評価中: %2 で %1 回の評価。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="259"/>
        <source>NOT STARTED</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="262"/>
        <source>RUNNING</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="265"/>
        <source>SUCCEEDED</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="268"/>
        <source>TIMED OUT</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="271"/>
        <source>CANCELLED</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="325"/>
        <source>Succeeded at evaluation %1 (+%2): with no minimum success duration, the first evaluation that passes ends the gate.</source>
        <translation>評価 %1 (+%2) で成功: 最小成功期間がないため、最初に成功した評価でゲートが終わります。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="332"/>
        <source>Succeeded at evaluation %1 (+%2): every evaluation passed for %3 (evaluations %4–%1), at least the minimum success duration of %5.</source>
        <translation>評価 %1 (+%2) で成功: %3 の間すべての評価が成功し (評価 %4–%1)、最小成功期間 %5 以上を満たしました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="347"/>
        <source>Stopped after %1 evaluations: Azure Pipelines evaluates a check at most %1 times.</source>
        <translation>%1 回の評価の後に停止しました: Azure Pipelines がチェックを評価するのは最大 %1 回です。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="369"/>
        <source>The gate timed out while this evaluation was running.</source>
        <translation>この評価の実行中にゲートがタイムアウトしました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="381"/>
        <source>Timed out after %1 (%2 evaluation(s), %3 passed):</source>
        <translation>%1 でタイムアウト (評価 %2 回、成功 %3 回):</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="386"/>
        <source>no evaluation passed.</source>
        <translation>成功した評価はありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="387"/>
        <source>the task did not pass steadily for %1 before the timeout.</source>
        <translation>タスクはタイムアウトまでに %1 の間安定して成功しませんでした。</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="392"/>
        <source>Last failure: %1</source>
        <translation>最後の失敗: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::HeaderParser</name>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="20"/>
        <source>Comments are accepted by Azure DevOps but are not strict JSON.</source>
        <translation>コメントは Azure DevOps では受け付けられますが、厳密な JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="23"/>
        <source>A trailing comma before } is accepted by Azure DevOps but is not strict JSON.</source>
        <translation>} の前の末尾のコンマは Azure DevOps では受け付けられますが、厳密な JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="26"/>
        <source>Single quotes are accepted by Azure DevOps but are not strict JSON.</source>
        <translation>単一引用符は Azure DevOps では受け付けられますが、厳密な JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="29"/>
        <source>A %1 is accepted by Azure DevOps but is not strict JSON.</source>
        <translation>Azure DevOps では受け付けられますが、厳密な JSON ではありません: %1。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="120"/>
        <source>Header &apos;%1&apos; must be text, not an object.</source>
        <translation>ヘッダー &apos;%1&apos; はテキストである必要があります。オブジェクトは使えません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="123"/>
        <source>Header &apos;%1&apos; must be text, not a list.</source>
        <translation>ヘッダー &apos;%1&apos; はテキストである必要があります。リストは使えません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="131"/>
        <source>The value of &apos;%1&apos; is null, not text; it is sent as &apos;%2&apos;. Quote it to be sure.</source>
        <translation>&apos;%1&apos; の値はテキストではなく null です。&apos;%2&apos; として送信されます。念のため引用符で囲んでください。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="135"/>
        <source>The value of &apos;%1&apos; is a JSON literal, not text; it is sent as &apos;%2&apos;. Quote it to be sure.</source>
        <translation>&apos;%1&apos; の値はテキストではなく JSON リテラルです。&apos;%2&apos; として送信されます。念のため引用符で囲んでください。</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="145"/>
        <source>Header &apos;%1&apos; is set more than once; the last value is sent.</source>
        <translation>ヘッダー &apos;%1&apos; が複数回設定されています。最後の値が送信されます。</translation>
    </message>
</context>
<context>
    <name>RestGate::ImportPipelineDialog</name>
    <message numerus="yes">
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="18"/>
        <source>%1 holds %n InvokeRESTAPI step(s). Connections they name are added as placeholders whose URL you fill in.</source>
        <translation>
            <numerusform>%1 には InvokeRESTAPI ステップが %n 個あります。ステップが指定する接続は、URL を入力するプレースホルダーとして追加されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="24"/>
        <source>%1, line %2: %3 (%4)</source>
        <translation>%1、%2 行目: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="30"/>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="30"/>
        <source>Warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="40"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="33"/>
        <source>Note: the connection “%1” is not in this design; it is added as a placeholder without a URL, which you fill in under Connections before sending.</source>
        <translation>注意: 接続「%1」はこのデザインにありません。URL のないプレースホルダーとして追加されるので、送信する前に [接続] で URL を入力してください。</translation>
    </message>
</context>
<context>
    <name>RestGate::Json</name>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="28"/>
        <source>single-quoted string</source>
        <translation>単一引用符の文字列</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="30"/>
        <source>unquoted property name</source>
        <translation>引用符のないプロパティ名</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="32"/>
        <source>// comment</source>
        <translation>// コメント</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="34"/>
        <source>/* */ comment</source>
        <translation>/* */ コメント</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="36"/>
        <source>trailing comma</source>
        <translation>末尾のコンマ</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="38"/>
        <source>empty array element (read as undefined)</source>
        <translation>空の配列要素 (undefined として読み取り)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="46"/>
        <source>number that is not valid JSON (like .5 or 5.)</source>
        <translation>有効な JSON ではない数値 (.5 や 5. など)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="48"/>
        <source>hexadecimal number</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="50"/>
        <source>number with a leading zero (read as octal)</source>
        <translation>先頭が 0 の数値 (8 進数として読み取り)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="52"/>
        <source>unescaped control character in a string</source>
        <translation>文字列内のエスケープされていない制御文字</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="56"/>
        <source>invalid UTF-8 (read as U+FFFD)</source>
        <translation>無効な UTF-8 (U+FFFD として読み取り)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="58"/>
        <source>byte order mark</source>
        <translation>バイト オーダー マーク</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="60"/>
        <source>whitespace JSON does not allow</source>
        <translation>JSON で許可されていない空白</translation>
    </message>
</context>
<context>
    <name>RestGate::JsonTreeModel</name>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="237"/>
        <source>[1 item]</source>
        <translation>[1 項目]</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="237"/>
        <source>[%1 items]</source>
        <translation>[%1 項目]</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="240"/>
        <source>{1 property}</source>
        <translation>{1 プロパティ}</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="240"/>
        <source>{%1 properties}</source>
        <translation>{%1 プロパティ}</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="271"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="273"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="275"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>RestGate::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="125"/>
        <source>Task parameters</source>
        <translation>タスクのパラメーター</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="142"/>
        <location filename="../src/app/mainwindow.cpp" line="668"/>
        <source>Demo endpoint: stopped</source>
        <translation>デモ エンドポイント: 停止中</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="180"/>
        <source>Open recent</source>
        <translation>最近使ったファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="181"/>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation>%1 はもう存在しないため、一覧から削除しました。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="188"/>
        <source>Switching version dropped: %1</source>
        <translation>バージョンの切り替えで破棄されたもの: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="206"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="212"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="216"/>
        <source>Open design</source>
        <translation>デザインを開く</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="217"/>
        <source>RestGate designs (*.restgate.yml);;YAML files (*.yml *.yaml);;All files (*)</source>
        <translation>RestGate デザイン (*.restgate.yml);;YAML ファイル (*.yml *.yaml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="229"/>
        <source>Open &amp;failure examples</source>
        <translation>失敗例を開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="233"/>
        <source>&amp;Import pipeline…</source>
        <translation>パイプラインのインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="235"/>
        <location filename="../src/app/mainwindow.cpp" line="695"/>
        <location filename="../src/app/mainwindow.cpp" line="701"/>
        <location filename="../src/app/mainwindow.cpp" line="714"/>
        <source>Import pipeline</source>
        <translation>パイプラインのインポート</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="236"/>
        <source>Azure Pipelines YAML (*.yml *.yaml);;Markdown (*.md);;All files (*)</source>
        <translation>Azure Pipelines YAML (*.yml *.yaml);;Markdown (*.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="241"/>
        <source>Import from c&amp;url…</source>
        <translation>curl からインポート(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="244"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="246"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="248"/>
        <source>Re&amp;vert to saved</source>
        <translation>保存済みの状態に戻す(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="253"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="254"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="257"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="267"/>
        <source>&amp;Add task</source>
        <translation>タスクの追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="270"/>
        <source>De&amp;lete task</source>
        <translation>タスクの削除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="272"/>
        <source>Copy task as pipeline &amp;step</source>
        <translation>タスクをパイプライン ステップとしてコピー(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="273"/>
        <source>Copy task as &amp;job (pool: server)</source>
        <translation>タスクをジョブとしてコピー (pool: server)(&amp;J)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="274"/>
        <source>Copy task as &amp;curl</source>
        <translation>タスクを curl としてコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="276"/>
        <source>Co&amp;nnections…</source>
        <translation>接続(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="277"/>
        <source>Pr&amp;eferences…</source>
        <translation>環境設定(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="282"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="292"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="293"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="296"/>
        <source>Dry-run the selected task (Ctrl+Enter)</source>
        <translation>選択したタスクをドライ ラン (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="298"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="306"/>
        <source>Simulate &amp;gate…</source>
        <translation>ゲートのシミュレーション(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="308"/>
        <source>Re-evaluate the selected task as a release gate or check would, with a live plot</source>
        <translation>選択したタスクをリリース ゲートやチェックと同じように再評価し、ライブ グラフで表示</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="310"/>
        <source>Treat any 2xx as success (dry-run option; Azure DevOps requires 200)</source>
        <translation>すべての 2xx を成功として扱う (ドライ ランのオプション。Azure DevOps では 200 が必要)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="314"/>
        <location filename="../src/app/mainwindow.cpp" line="678"/>
        <source>Start &amp;demo endpoint</source>
        <translation>デモ エンドポイントを開始(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="325"/>
        <source>Call&amp;back settings…</source>
        <translation>コールバックの設定(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="327"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="331"/>
        <source>InvokeRESTAPI@&amp;1 task reference</source>
        <translation>InvokeRESTAPI@1 タスク リファレンス(&amp;1)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="333"/>
        <source>InvokeRESTAPI@&amp;0 task reference</source>
        <translation>InvokeRESTAPI@0 タスク リファレンス(&amp;0)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="335"/>
        <source>&amp;Expressions (success criteria)</source>
        <translation>式 (成功の条件)(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="337"/>
        <source>&amp;Server jobs (pool: server)</source>
        <translation>サーバー ジョブ (pool: server)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="340"/>
        <source>&amp;About RestGate</source>
        <translation>RestGate について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="341"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="343"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="350"/>
        <source>&amp;Variable set: </source>
        <translation>変数セット(&amp;V): </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="352"/>
        <source>Variable set for dry runs</source>
        <translation>ドライ ラン用の変数セット</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="361"/>
        <source>Pipeline YAML</source>
        <translation>パイプライン YAML</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="368"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="382"/>
        <source>Edit variables</source>
        <translation>変数の編集</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="528"/>
        <source>Import from curl</source>
        <translation>curl からインポート</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="531"/>
        <source>Imported the curl command as a task.</source>
        <translation>curl コマンドをタスクとしてインポートしました。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="538"/>
        <source>The curl command&apos;s password is stored in the keychain.</source>
        <translation>curl コマンドのパスワードをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="539"/>
        <source>The password could not be stored (%1); enter it in Manage connections or set RESTGATE_SECRET_… for the run.</source>
        <translation>パスワードを保存できませんでした (%1)。[接続の管理] で入力するか、実行用に RESTGATE_SECRET_… を設定してください。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="547"/>
        <source>Not imported: %1</source>
        <translation>インポートされないもの: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="588"/>
        <source>Cannot open design</source>
        <translation>デザインを開けません</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="589"/>
        <source>%1 could not be opened:

%2

The file was left unchanged.</source>
        <translation>%1 を開けませんでした:

%2

ファイルは変更されていません。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="606"/>
        <location filename="../src/app/mainwindow.cpp" line="620"/>
        <source>Sample design</source>
        <translation>サンプル デザイン</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="611"/>
        <source>Failure examples</source>
        <translation>失敗例</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="621"/>
        <source>The bundled sample could not be read: %1</source>
        <translation>同梱のサンプルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="640"/>
        <location filename="../src/app/mainwindow.cpp" line="1391"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="642"/>
        <source>New design: choose or add a service connection, then Send (Ctrl+Enter).</source>
        <translation>新しいデザイン: サービス接続を選ぶか追加してから、送信 (Ctrl+Enter) してください。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="651"/>
        <source>Demo endpoint: could not start (%1)</source>
        <translation>デモ エンドポイント: 開始できませんでした (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="656"/>
        <source>Demo endpoint: %1</source>
        <translation>デモ エンドポイント: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="696"/>
        <source>%1 could not be read:

%2

Nothing was imported.</source>
        <translation>%1 を読み取れませんでした:

%2

何もインポートされていません。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="702"/>
        <source>%1 holds no InvokeRESTAPI step.</source>
        <translation>%1 には InvokeRESTAPI ステップがありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="716"/>
        <source>Imported %n task(s)</source>
        <translation>
            <numerusform>%n 個のタスクをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="719"/>
        <source>; fill in the URL of: %1</source>
        <translation>。次の URL を入力してください: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="734"/>
        <source>Copied the task as YAML.</source>
        <translation>タスクを YAML としてコピーしました。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="736"/>
        <source>Copied, but Azure DevOps would reject it: %1</source>
        <translation>コピーしましたが、Azure DevOps では拒否されます: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="754"/>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="760"/>
        <source>Copied the task as a curl command.</source>
        <translation>タスクを curl コマンドとしてコピーしました。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="761"/>
        <source>Copied the task as a curl command; it reads %1.</source>
        <translation>タスクを curl コマンドとしてコピーしました。%1 を読み取ります。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="804"/>
        <source>Edit task</source>
        <translation>タスクの編集</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="119"/>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="225"/>
        <source>Open sa&amp;mple design</source>
        <translation>サンプル デザインを開く(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="269"/>
        <source>Du&amp;plicate task</source>
        <translation>タスクの複製(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="885"/>
        <source>Recovered design</source>
        <translation>復元されたデザイン</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="888"/>
        <source>Restored the design autosaved at %1. Save it to keep it.</source>
        <translation>%1 に自動保存されたデザインを復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="900"/>
        <source>Restore unsaved design?</source>
        <translation>保存されていないデザインを復元しますか?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="901"/>
        <source>RestGate did not close normally. A design with unsaved changes was autosaved at %1:

%2

Restore it?</source>
        <translation>RestGate は正常に終了しませんでした。保存されていない変更のあるデザインが %1 に自動保存されています:

%2

復元しますか?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="904"/>
        <source>(never saved)</source>
        <translation>(未保存)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="906"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="907"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="908"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="922"/>
        <source>Add task</source>
        <translation>タスクの追加</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="930"/>
        <source>Duplicate task</source>
        <translation>タスクの複製</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="939"/>
        <source>Delete task</source>
        <translation>タスクの削除</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="940"/>
        <source>Task deleted; Undo (Ctrl+Z) brings it back.</source>
        <translation>タスクを削除しました。元に戻す (Ctrl+Z) で戻せます。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="952"/>
        <source>Move task</source>
        <translation>タスクの移動</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="965"/>
        <source>Rename task</source>
        <translation>タスクの名前変更</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="973"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="974"/>
        <source>Discard all unsaved changes and reload %1?</source>
        <translation>保存されていない変更をすべて破棄して %1 を再読み込みしますか?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1186"/>
        <source>Edit connections</source>
        <translation>接続の編集</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1210"/>
        <source>#%1 %2 %3 → %4  %5</source>
        <translation>#%1 %2 %3 → %4  %5</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1217"/>
        <source>  log: %1</source>
        <translation>  ログ: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1112"/>
        <source>The local plan listener cannot start: %1</source>
        <translation>ローカルのプラン リスナーを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1225"/>
        <source>Callback timeline</source>
        <translation>コールバックのタイムライン</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1320"/>
        <source>%1 in %2 ms</source>
        <translation>%1 (%2 ミリ秒)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1346"/>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1347"/>
        <source>%1 was changed on disk after you opened it, by another program or another RestGate window.

Overwrite those changes with yours, reload the file (your unsaved changes are lost), or cancel and keep both as they are?</source>
        <translation>%1 は開いた後に、別のプログラムまたは別の RestGate ウィンドウによってディスク上で変更されました。

その変更をこちらの内容で上書きするか、ファイルを再読み込みするか (保存されていない変更は失われます)、キャンセルして両方をそのままにしますか?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1352"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1353"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1366"/>
        <source>Save failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1367"/>
        <source>%1

The file was left as it was; your changes are still open.</source>
        <translation>%1

ファイルは元のままです。変更内容はまだ開いています。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1372"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1378"/>
        <source>Save design</source>
        <translation>デザインの保存</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1381"/>
        <source>RestGate designs (*.restgate.yml)</source>
        <translation>RestGate デザイン (*.restgate.yml)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1411"/>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1411"/>
        <source>The design has unsaved changes. Save them?</source>
        <translation>デザインに保存されていない変更があります。保存しますか?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1440"/>
        <source>About RestGate</source>
        <translation>RestGate について</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1441"/>
        <source>&lt;h3&gt;RestGate %1&lt;/h3&gt;&lt;p&gt;Designer and dry-run tester for the Azure Pipelines Invoke REST API task (InvokeRESTAPI@1 and @0).&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) and yaml-cpp (MIT).&lt;/p&gt;&lt;p&gt;Task documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v1&quot;&gt;InvokeRESTAPI@1&lt;/a&gt;, &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v0&quot;&gt;InvokeRESTAPI@0&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RestGate %1&lt;/h3&gt;&lt;p&gt;Azure Pipelines の REST API の呼び出しタスク (InvokeRESTAPI@1 および @0) のデザイナー兼ドライ ラン テスターです。&lt;/p&gt;&lt;p&gt;MIT ライセンスで提供されます。Qt %2 (LGPLv3)、QtKeychain (BSD-3-Clause)、yaml-cpp (MIT) を使用しています。&lt;/p&gt;&lt;p&gt;タスクのドキュメント: &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v1&quot;&gt;InvokeRESTAPI@1&lt;/a&gt;、&lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v0&quot;&gt;InvokeRESTAPI@0&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1303"/>
        <source>This verdict was judged with an earlier success criteria or status rule and cannot be judged again without a response: send the task again.</source>
        <translation>この判定は以前の成功の条件または状態ルールで下されたため、応答なしで再判定できません。タスクをもう一度送信してください。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="300"/>
        <source>Run &amp;all tasks</source>
        <translation>すべてのタスクを実行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="305"/>
        <source>Dry-run every enabled task in order, one after another (Ctrl+Shift+Enter)</source>
        <translation>有効なすべてのタスクを順番に 1 つずつドライ ラン (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="563"/>
        <source>Run ▸ Run all tasks (Ctrl+Shift+Enter) sends every task in order.</source>
        <translation>実行 ▸ すべてのタスクを実行 (Ctrl+Shift+Enter) で、すべてのタスクを順番に送信します。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="410"/>
        <source>Every task&apos;s verdict in the last Run all</source>
        <translation>前回の「すべて実行」での各タスクの判定</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="411"/>
        <source>Select a task to show its result</source>
        <translation>タスクを選択すると結果が表示されます</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="419"/>
        <source>Run all</source>
        <translation>すべて実行</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="431"/>
        <source>Run all: %1</source>
        <translation>すべて実行: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="454"/>
        <source>deleted before its turn</source>
        <translation>順番が来る前に削除されました</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="502"/>
        <source>The run history could not be saved in %1.</source>
        <translation>実行履歴を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="677"/>
        <source>Stop &amp;demo endpoint (%1)</source>
        <translation>デモ エンドポイントを停止 (%1)(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RestGate::NetworkSettings</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="169"/>
        <source>&apos;%1&apos; is not a proxy URL (expected e.g. http://proxy.example:3128 or socks5h://127.0.0.1:1080).</source>
        <translation>&apos;%1&apos; はプロキシの URL ではありません (例: http://proxy.example:3128 や socks5h://127.0.0.1:1080)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="185"/>
        <source>The proxy scheme &apos;%1://&apos; is not supported: use http://, socks5:// or socks5h://.</source>
        <translation>プロキシのスキーム &apos;%1://&apos; はサポートされていません: http://、socks5://、socks5h:// のいずれかを使ってください。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="250"/>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 で設定)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="347"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>CA ディレクトリ &apos;%1&apos; がありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="348"/>
        <source>The CA file &apos;%1&apos; does not exist or is not a file.</source>
        <translation>CA ファイル &apos;%1&apos; がないか、ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="370"/>
        <source>The CA file &apos;%1&apos; holds no PEM or DER certificate.</source>
        <translation>CA ファイル &apos;%1&apos; に PEM または DER の証明書がありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="413"/>
        <source>The client certificate &apos;%1&apos; cannot be read: %2.</source>
        <translation>クライアント証明書 &apos;%1&apos; を読み取れません: %2。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="424"/>
        <source>The PKCS#12 file &apos;%1&apos; cannot be opened: the password is wrong or missing, or it is not a PKCS#12 file.</source>
        <translation>PKCS#12 ファイル &apos;%1&apos; を開けません: パスワードが間違っているか指定されていないか、PKCS#12 ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="433"/>
        <source>The client certificate &apos;%1&apos; holds no PEM certificate.</source>
        <translation>クライアント証明書 &apos;%1&apos; に PEM 証明書がありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="442"/>
        <source>The key &apos;%1&apos; cannot be read: %2.</source>
        <translation>鍵 &apos;%1&apos; を読み取れません: %2。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="449"/>
        <source>The private key in &apos;%1&apos; is encrypted and the password is wrong or missing.</source>
        <translation>&apos;%1&apos; の秘密鍵は暗号化されており、パスワードが間違っているか指定されていません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="452"/>
        <source>No private key found in &apos;%1&apos;: give the key file too (--key).</source>
        <translation>&apos;%1&apos; に秘密鍵が見つかりません: 鍵ファイルも指定してください (--key)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="516"/>
        <source>This build has no TLS support.</source>
        <translation>このビルドには TLS のサポートがありません。</translation>
    </message>
</context>
<context>
    <name>RestGate::PipelineImport</name>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="621"/>
        <source>&apos;inputs&apos; is not a mapping; no input is imported.</source>
        <translation>&apos;inputs&apos; がマッピングではないため、入力はインポートされません。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="632"/>
        <source>Input &apos;%1&apos; is not text (a conditional or a nested mapping); it is not imported.</source>
        <translation>入力 &apos;%1&apos; はテキストではありません (条件または入れ子のマッピング)。インポートされません。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="644"/>
        <source>&apos;%1&apos; is not an input of %2; Azure DevOps rejects unknown inputs.</source>
        <translation>&apos;%1&apos; は %2 の入力ではありません。Azure DevOps は不明な入力を拒否します。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="652"/>
        <source>Input &apos;%1&apos; is set twice, as &apos;%2&apos; and as &apos;%3&apos;; the last one is used.</source>
        <translation>入力 &apos;%1&apos; が &apos;%2&apos; と &apos;%3&apos; として 2 回設定されています。最後のものが使われます。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="700"/>
        <source>%1 runs only in an agentless job, but %2 runs on an agent; Azure DevOps rejects the pipeline. Put the step in a job with &apos;pool: server&apos;.</source>
        <translation>%1 はエージェントレス ジョブでのみ実行されますが、%2 はエージェントで実行されます。Azure DevOps はこのパイプラインを拒否します。ステップを &apos;pool: server&apos; のジョブに入れてください。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="706"/>
        <source>the pipeline&apos;s implicit job</source>
        <translation>パイプラインの暗黙のジョブ</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="713"/>
        <source>The job&apos;s pool is a template expression; it must resolve to &apos;server&apos; for %1 to run.</source>
        <translation>ジョブのプールはテンプレート式です。%1 を実行するには &apos;server&apos; に解決される必要があります。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="729"/>
        <source>successCriteria is ignored with waitForCompletion: true (Callback): the service&apos;s TaskCompleted event decides the result.</source>
        <translation>waitForCompletion: true (Callback) では successCriteria は無視されます。結果はサービスの TaskCompleted イベントで決まります。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="740"/>
        <source>A body on %1: the task hides the body for GET and HEAD, so Azure DevOps does not send it.</source>
        <translation>%1 に本文があります: GET と HEAD ではタスクが本文を非表示にするため、Azure DevOps は送信しません。</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="756"/>
        <source>The service connection is chosen by &apos;%1&apos;. RestGate does not evaluate it: the dry run uses a connection with exactly this name (created as a placeholder).</source>
        <translation>サービス接続は &apos;%1&apos; によって選択されます。RestGate はこれを評価しません。ドライランでは、まさにこの名前の接続 (プレースホルダーとして作成) を使います。</translation>
    </message>
</context>
<context>
    <name>RestGate::PlanListener</name>
    <message>
        <location filename="../src/callback/planlistener.cpp" line="331"/>
        <source>The public URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>公開 URL &quot;%1&quot; は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <location filename="../src/callback/planlistener.cpp" line="338"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>RestGate::PreferencesDialog</name>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="25"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="28"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="29"/>
        <source>SOCKS5 (names resolved here)</source>
        <translation>SOCKS5 (名前をここで解決)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="30"/>
        <source>SOCKS5 (names resolved by the proxy)</source>
        <translation>SOCKS5 (名前をプロキシで解決)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Trusted CA certificates</source>
        <translation>信頼する CA 証明書</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="66"/>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="67"/>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="70"/>
        <source>Client key</source>
        <translation>クライアント キー</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="70"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>キー (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="133"/>
        <source>The CA file &apos;%1&apos; does not exist.</source>
        <translation>CA ファイル &apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="140"/>
        <source>The client certificate &apos;%1&apos; does not exist.</source>
        <translation>クライアント証明書 &apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="142"/>
        <source>The client key &apos;%1&apos; does not exist.</source>
        <translation>クライアント キー &apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="144"/>
        <source>A client key needs its certificate.</source>
        <translation>クライアント キーには対応する証明書が必要です。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="148"/>
        <source>A manual proxy needs a host.</source>
        <translation>手動プロキシにはホストが必要です。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="61"/>
        <source>Trusted CA certificates directory</source>
        <translation>信頼する CA 証明書のディレクトリ</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="137"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>CA ディレクトリ &apos;%1&apos; は存在しません。</translation>
    </message>
</context>
<context>
    <name>RestGate::ProxyChoice</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="35"/>
        <source>the configured proxy</source>
        <translation>構成済みのプロキシ</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="48"/>
        <source>SOCKS5 proxy %1</source>
        <translation>SOCKS5 プロキシ %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="49"/>
        <source>proxy %1</source>
        <translation>プロキシ %1</translation>
    </message>
</context>
<context>
    <name>RestGate::RecentFiles</name>
    <message>
        <location filename="../src/app/document/recentfiles.cpp" line="66"/>
        <source>No recent designs</source>
        <translation>最近使ったデザインはありません</translation>
    </message>
    <message>
        <location filename="../src/app/document/recentfiles.cpp" line="68"/>
        <source>&amp;Clear recent designs</source>
        <translation>最近使ったデザインの一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RestGate::RequestBuilder</name>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="119"/>
        <source>The connection URL ends with &apos;/&apos; and the URL suffix starts with &apos;/&apos;, so the request goes to &apos;%1&apos;. Azure DevOps joins them without removing either slash; remove one.</source>
        <translation>接続 URL が &apos;/&apos; で終わり、URL サフィックスが &apos;/&apos; で始まっているため、要求は &apos;%1&apos; に送られます。Azure DevOps はどちらのスラッシュも削除せずに連結します。どちらかを削除してください。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="131"/>
        <source>The URL suffix is appended to the connection URL as it is, giving &apos;%1&apos;. Did you mean to start the suffix with &apos;/&apos;?</source>
        <translation>URL サフィックスは接続 URL にそのまま追加され、&apos;%1&apos; になります。サフィックスを &apos;/&apos; で始めるつもりでしたか?</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="163"/>
        <source>The secret variable &apos;%1&apos; has no value: $(%1) is sent as an empty string. Type its value under Variables or set %2.</source>
        <translation>シークレット変数 &apos;%1&apos; に値がありません: $(%1) は空の文字列として送信されます。[変数] で値を入力するか、%2 を設定してください。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="184"/>
        <source>Service connection &apos;%1&apos; is not defined in this design. Add it under Connections.</source>
        <translation>サービス接続 &apos;%1&apos; はこのデザインで定義されていません。[接続] で追加してください。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="245"/>
        <source>Connection &apos;%1&apos; is a %2 connection, but the task&apos;s connection type expects another kind.</source>
        <translation>接続 &apos;%1&apos; は %2 接続ですが、タスクの接続の種類は別の種類を想定しています。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="285"/>
        <source>The request URL &apos;%1&apos; is not a valid URL%2.</source>
        <translation>要求 URL &apos;%1&apos; は有効な URL ではありません%2。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="291"/>
        <source>The request URL &apos;%1&apos; is not http or https.</source>
        <translation>要求 URL &apos;%1&apos; は http でも https でもありません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="302"/>
        <source>Headers are not valid JSON: %1</source>
        <translation>ヘッダーが有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="317"/>
        <source>After variables are expanded, the headers are no longer valid JSON (a value probably contains a quote or a backslash): %1</source>
        <translation>変数を展開すると、ヘッダーが有効な JSON ではなくなります (値に引用符かバックスラッシュが含まれている可能性があります): %1</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="372"/>
        <source>Connection &apos;%1&apos; has no access token. Set %2 to a token for the Resource Manager endpoint (e.g. from &apos;az account get-access-token&apos;).</source>
        <translation>接続 &apos;%1&apos; にアクセス トークンがありません。%2 に Resource Manager エンドポイント用のトークンを設定してください (例: &apos;az account get-access-token&apos; で取得)。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="388"/>
        <source>Connection &apos;%1&apos; has no personal access token. Set %2.</source>
        <translation>接続 &apos;%1&apos; に個人用アクセス トークンがありません。%2 を設定してください。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="400"/>
        <source>The headers set Authorization and so does the connection. Azure DevOps does not document which one wins; the dry run sends the one from the headers.</source>
        <translation>ヘッダーと接続の両方が Authorization を設定しています。どちらが優先されるかは Azure DevOps で文書化されていません。ドライランではヘッダーの値を送信します。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="440"/>
        <source>Header &apos;%1&apos; has a line break (CR or LF) or a NUL character in its name, after variables are expanded. Azure DevOps&apos; HttpClient refuses such a header, and sending it would inject headers or a second request; nothing is sent.</source>
        <translation>変数の展開後、ヘッダー &apos;%1&apos; の名前に改行 (CR または LF) または NUL 文字が含まれています。Azure DevOps の HttpClient はこのようなヘッダーを拒否し、送信するとヘッダーや 2 つ目の要求が挿入されてしまうため、何も送信しません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="447"/>
        <source>Header &apos;%1&apos; has a line break (CR or LF) or a NUL character in its value, after variables are expanded. Azure DevOps&apos; HttpClient refuses such a header, and sending it would inject headers or a second request; nothing is sent.</source>
        <translation>変数の展開後、ヘッダー &apos;%1&apos; の値に改行 (CR または LF) または NUL 文字が含まれています。Azure DevOps の HttpClient はこのようなヘッダーを拒否し、送信するとヘッダーや 2 つ目の要求が挿入されてしまうため、何も送信しません。</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="460"/>
        <source>No variable defines $(%1); it is sent as the literal text &apos;$(%1)&apos;, as Azure DevOps does.</source>
        <translation>$(%1) を定義する変数がありません。Azure DevOps と同じく、リテラル テキスト &apos;$(%1)&apos; として送信されます。</translation>
    </message>
</context>
<context>
    <name>RestGate::ResultPanel</name>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="139"/>
        <source>(binary data, %1 bytes; first %2 in hex)
</source>
        <translation>(バイナリ データ、%1 バイト。先頭 %2 バイトを 16 進数で表示)
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="211"/>
        <source>

… %1 more bytes not shown.</source>
        <translation>

… 残り %1 バイトは表示されていません。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="215"/>
        <source>

(The dry run stopped reading here: the response exceeded its byte cap.)</source>
        <translation>

(ドライ ランはここで読み取りを停止しました: 応答がバイト数の上限を超えました。)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="232"/>
        <source>

… The Pretty view stops after %1 characters; the Tree holds the whole body.</source>
        <translation>

… 整形ビューは %1 文字で止まります。ツリーには本文全体があります。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="240"/>
        <source>Highlighting is off for bodies this large, to keep the window quick.</source>
        <translation>ウィンドウの応答性を保つため、これほど大きな本文では強調表示をオフにしています。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="247"/>
        <source>Lines longer than %1 characters are broken for display; the Tree shows values whole.</source>
        <translation>%1 文字を超える行は表示のために折り返されます。ツリーでは値全体が表示されます。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="254"/>
        <source>The body is not JSON (%1), so there is no tree.</source>
        <translation>本文が JSON ではない (%1) ため、ツリーはありません。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="335"/>
        <source>Use in success criteria</source>
        <translation>成功の条件で使用</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="469"/>
        <source>Not run yet — press Send (Ctrl+Enter).</source>
        <translation>未実行です — 送信 (Ctrl+Enter) を押してください。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="498"/>
        <source>Waiting for the service&apos;s TaskCompleted…</source>
        <translation>サービスの TaskCompleted を待っています…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="503"/>
        <source>The service accepted the call. Listening at %1 for its events (Esc cancels).
</source>
        <translation>サービスが呼び出しを受け付けました。%1 でイベントを待機しています (Esc でキャンセル)。
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="520"/>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="539"/>
        <source>%1 · %2 s · %3 received</source>
        <translation>%1 · %2 秒 · %3 受信</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="566"/>
        <source>%1 — TLS CERTIFICATE NOT CHECKED (insecure)</source>
        <translation>%1 — TLS 証明書は未検証 (安全ではありません)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="579"/>
        <source>No success criteria: the response body does not affect the verdict.</source>
        <translation>成功の条件がありません: 応答本文は判定に影響しません。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="585"/>
        <source>&lt;b&gt;Evaluated:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;b&gt;Value:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;評価した式:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;b&gt;値:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="630"/>
        <source>%1 %2 · headers %3 ms · total %4 ms · %5</source>
        <translation>%1 %2 · ヘッダー %3 ミリ秒 · 合計 %4 ミリ秒 · %5</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="637"/>
        <source>No response · %1 ms</source>
        <translation>応答なし · %1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="671"/>
        <source>Protocol: %1
Cipher: %2
Server certificate: %3
Issued by: %4
Expires: %5
</source>
        <translation>プロトコル: %1
暗号: %2
サーバー証明書: %3
発行者: %4
有効期限: %5
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="675"/>
        <source>
Errors:
%1</source>
        <translation>
エラー:
%1</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="701"/>
        <source>Preparing the views of a %1 body…</source>
        <translation>%1 の本文の表示を準備しています…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="812"/>
        <source>Re-judged against the last response without sending it again.</source>
        <translation>再送信せずに最後の応答に対して再判定しました。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="655"/>
        <source>Redirects:</source>
        <translation>リダイレクト:</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="657"/>
        <source>↪ %1 %2: %3 %4</source>
        <translation>↪ %1 %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="661"/>
        <source>(another origin: %1 not sent)</source>
        <translation>(別のオリジン: %1 は送信されません)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="804"/>
        <source>INCOMPLETE EXPRESSION</source>
        <translation>不完全な式</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="808"/>
        <source>The success criteria does not parse yet (%1). Sent like this, the task would fail.</source>
        <translation>成功の条件をまだ解析できません (%1)。このまま送信すると、タスクは失敗します。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="352"/>
        <source>Filter keys and values</source>
        <translation>キーと値のフィルター</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="353"/>
        <source>Filter the tree by key or value</source>
        <translation>キーまたは値でツリーをフィルター</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="378"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="385"/>
        <source>&amp;Save body…</source>
        <translation>本文を保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="388"/>
        <source>Save the response body exactly as received</source>
        <translation>応答本文を受信したとおりに保存</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="389"/>
        <source>Save the response body to a file</source>
        <translation>応答本文をファイルに保存</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="402"/>
        <source>Save body…</source>
        <translation>本文を保存…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="408"/>
        <source>C&amp;lear history</source>
        <translation>履歴を消去(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="410"/>
        <source>Clear the run history of this task</source>
        <translation>このタスクの実行履歴を消去</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="878"/>
        <source>The filter looked at the first %L1 values only; the body has more. Expand the tree to see the rest.</source>
        <translation>フィルターは最初の %L1 個の値のみを調べました。本文にはさらに値があります。残りを見るにはツリーを展開してください。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="883"/>
        <source>No key or value contains “%1”.</source>
        <translation>「%1」を含むキーまたは値はありません。</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="926"/>
        <location filename="../src/app/result/resultpanel.cpp" line="934"/>
        <source>Save response body</source>
        <translation>応答本文の保存</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="934"/>
        <source>The body could not be saved: %1</source>
        <translation>本文を保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="981"/>
        <source>This run is from an earlier session: only its time, request line, status, verdict and reasons were kept.</source>
        <translation>この実行は以前のセッションのものです: 時刻、要求行、状態、判定、理由のみが保持されています。</translation>
    </message>
</context>
<context>
    <name>RestGate::RunAllQueue</name>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="31"/>
        <source>disabled (enabled: false)</source>
        <translation>無効 (enabled: false)</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="91"/>
        <source>not run: cancelled</source>
        <translation>未実行: キャンセルされました</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="150"/>
        <source>%1 passed, %2 not passed, %3 skipped</source>
        <translation>成功 %1、不成功 %2、スキップ %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/result/runallqueue.cpp" line="152"/>
        <source> · %n to go</source>
        <translation>
            <numerusform> · 残り %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="186"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="188"/>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="192"/>
        <source>SKIPPED: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="200"/>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="202"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="231"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="233"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="235"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="237"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>RestGate::RunHistory</name>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="128"/>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="134"/>
        <source>%1 · %2 · %3 · %4 ms</source>
        <translation>%1 · %2 · %3 · %4 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="135"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="132"/>
        <source>%1 (TLS certificate not checked)</source>
        <translation>%1 (TLS 証明書は未確認)</translation>
    </message>
</context>
<context>
    <name>RestGate::RunOnlySecretDialog</name>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="20"/>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="22"/>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="24"/>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="26"/>
        <source>secret variable</source>
        <translation>シークレット変数</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="28"/>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="35"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="37"/>
        <source>&amp;Client secret:</source>
        <translation>クライアント シークレット(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="39"/>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="41"/>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="43"/>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="56"/>
        <source>The OS keychain is not available, so the %1 of connection &apos;%2&apos; cannot be stored or read there.</source>
        <translation>OS のキーチェーンを利用できないため、接続 &apos;%2&apos; の%1をそこに保存することも読み取ることもできません。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="60"/>
        <source>The keychain said: %1</source>
        <translation>キーチェーンからの応答: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="63"/>
        <source>RestGate never writes secrets to a file. Enter the %1 to keep it in memory for this run of RestGate only; it is forgotten when you quit.</source>
        <translation>RestGate はシークレットをファイルに書き込みません。%1を入力すると、この RestGate の実行中だけメモリに保持され、終了すると破棄されます。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="66"/>
        <source>RestGate never writes secrets to a file. Keep the secrets you entered in memory for this run of RestGate only? They are forgotten when you quit.</source>
        <translation>RestGate はシークレットをファイルに書き込みません。入力したシークレットを、この RestGate の実行中だけメモリに保持しますか? 終了すると破棄されます。</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="72"/>
        <source>&amp;Keep for this run only</source>
        <translation>この実行中だけ保持(&amp;K)</translation>
    </message>
</context>
<context>
    <name>RestGate::SecretStore</name>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="53"/>
        <source>No Secret Service is available (is gnome-keyring or KWallet running?)</source>
        <translation>Secret Service を利用できません (gnome-keyring または KWallet は実行中ですか?)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="55"/>
        <source>No Secret Service is available (is gnome-keyring or KWallet running?): %1</source>
        <translation>Secret Service を利用できません (gnome-keyring または KWallet は実行中ですか?): %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="80"/>
        <source>The keychain refused access (it is locked, or its unlock prompt was dismissed): %1</source>
        <translation>キーチェーンがアクセスを拒否しました (ロックされているか、ロック解除の確認が閉じられました): %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="98"/>
        <source>libsecret is not installed (Debian and Ubuntu: package libsecret-1-0), so the Secret Service cannot be reached</source>
        <translation>libsecret がインストールされていないため (Debian と Ubuntu: パッケージ libsecret-1-0)、Secret Service に到達できません</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="104"/>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンが失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="133"/>
        <source>The keychain did not answer within %1 s (is it locked and waiting for an unlock prompt nobody can answer?).</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした (ロックされていて、誰も答えられないロック解除の確認を待っていませんか?)。</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="147"/>
        <source>The keychain operation was cancelled.</source>
        <translation>キーチェーンの操作はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="305"/>
        <source>Cannot read the %1: the key is not valid.</source>
        <translation>%1 を読めません: キーが無効です。</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="319"/>
        <source>Cannot store the %1: the key is not valid.</source>
        <translation>%1 を保存できません: キーが無効です。</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="333"/>
        <source>Cannot remove the %1: the key is not valid.</source>
        <translation>%1 を削除できません: キーが無効です。</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="374"/>
        <source>Cannot move or remove keychain entries: &apos;%1&apos; is not a stable id.</source>
        <translation>キーチェーンのエントリを移動または削除できません: &apos;%1&apos; は安定した ID ではありません。</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="409"/>
        <source>(%1 of the entries had already been removed.)</source>
        <translation>(エントリのうち %1 件は既に削除されていました。)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="411"/>
        <source>(%1 of the entries had already been moved.)</source>
        <translation>(エントリのうち %1 件は既に移動されていました。)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="412"/>
        <source>(%1 of the entries had already been copied.)</source>
        <translation>(エントリのうち %1 件は既にコピーされていました。)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskConfig</name>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="155"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="165"/>
        <source>%1 is the expression &apos;%2&apos;; the dry run uses it as it expands.</source>
        <translation>%1 は式 &apos;%2&apos; です。ドライランでは展開された値を使います。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="173"/>
        <source>%1 &apos;%2&apos; is not one of %3.</source>
        <translation>%1 &apos;%2&apos; は %3 のいずれでもありません。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="180"/>
        <source>%1 is %2 characters long; the task allows at most %3.</source>
        <translation>%1 の長さは %2 文字です。タスクで許可されるのは %3 文字までです。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="187"/>
        <source>Body is hidden for %1 requests in Azure DevOps (the task shows it only when method is not GET or HEAD), so it is not sent.</source>
        <translation>Azure DevOps では %1 要求の本文は非表示になるため (メソッドが GET または HEAD 以外のときのみタスクに表示されます)、送信されません。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="193"/>
        <source>Success criteria is ignored when the completion event is Callback: the service&apos;s TaskCompleted event decides the result.</source>
        <translation>完了イベントが Callback のとき、成功の条件は無視されます。結果はサービスの TaskCompleted イベントで決まります。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="198"/>
        <source>%1 is set but not used with this connection type.</source>
        <translation>%1 が設定されていますが、この接続の種類では使われません。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="207"/>
        <source>&apos;%1&apos; is not an input of %2; Azure DevOps rejects unknown inputs.</source>
        <translation>&apos;%1&apos; は %2 の入力ではありません。Azure DevOps は不明な入力を拒否します。</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="214"/>
        <source>Timeout must be zero (no limit) or a positive number of minutes.</source>
        <translation>タイムアウトは 0 (制限なし) または正の分数にする必要があります。</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskDefinition</name>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="36"/>
        <source>Completion Options</source>
        <translation>完了オプション</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="37"/>
        <source>Generic endpoint</source>
        <translation>汎用エンドポイント</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="38"/>
        <source>Select a generic endpoint that should be used to pick the url and construct authorization header for the http request.</source>
        <translation>URL を取得して HTTP 要求用の Authorization ヘッダーを作成するために使う汎用エンドポイントを選択します。</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="41"/>
        <source>Select the http method with which the API should be invoked with.</source>
        <translation>API を呼び出すときに使う HTTP メソッドを選択します。</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="42"/>
        <source>Url suffix string</source>
        <translation>URL サフィックス文字列</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="43"/>
        <source>Given string append to the url. Example: If endpoint url is https:...TestProj/_apis/Release/releases and url suffix is /2/environments/1, endpoint url becomes https:.../TestProj/_apis/Release/releases/2/environments/1. If url suffix is ?definitionId=1&amp;releaseCount=1 then endpoint url becomes https//...TestProj/_apis/Release/releases?definitionId=1&amp;releaseCount=1.</source>
        <translation>指定した文字列が URL に追加されます。例: エンドポイント URL が「https:...TestProj/_apis/Release/releases」で、URL サフィックスが「/2/environments/1」の場合、エンドポイント URL は「https:.../TestProj/_apis/Release/releases/2/environments/1」になります。URL サフィックスが「?definitionId=1&amp;releaseCount=1」の場合、エンドポイント URL は「https//...TestProj/_apis/Release/releases?definitionId=1&amp;releaseCount=1」になります。</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="49"/>
        <source>Complete based on</source>
        <translation>完了の基準</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="50"/>
        <source>Default value &quot;ApiResponse&quot;. Available values :  &quot;ApiResponse&quot;, &quot;Callback&quot; call where the REST API calls back to update the timeline record.</source>
        <translation>既定値は &quot;ApiResponse&quot; です。使用可能な値: &quot;ApiResponse&quot;、&quot;Callback&quot; 呼び出し (REST API によってタイムライン レコードの更新をコールバックする場合)。</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="53"/>
        <source>Criteria which defines when to pass the task. No criteria means response content does not influence the result. Example:- For response {&quot;status&quot; : &quot;successful&quot;}, the expression can be eq(root[&apos;status&apos;], &apos;successful&apos;). [More Information](https://go.microsoft.com/fwlink/?linkid=842996)</source>
        <translation>いつタスクを渡すかを定義する条件。条件を指定しない場合、応答の内容は結果には影響しません。例: 応答 {&quot;status&quot; : &quot;successful&quot;} の場合、式は eq(root[&apos;status&apos;], &apos;successful&apos;) とすることができます。[詳細](https://go.microsoft.com/fwlink/?linkid=842996)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskEdits</name>
    <message>
        <location filename="../src/app/document/taskedits.cpp" line="47"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskForm</name>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="491"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="504"/>
        <location filename="../src/app/design/taskform.cpp" line="511"/>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/design/taskform.cpp" line="516"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n 個のヘッダー</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="533"/>
        <source>Request URL: </source>
        <translation>要求 URL: </translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="537"/>
        <source>(choose a service connection)</source>
        <translation>(サービス接続を選択してください)</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="547"/>
        <source>No variable defines this; it is sent as written.</source>
        <translation>これを定義する変数はありません。書かれたとおりに送信されます。</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="577"/>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="577"/>
        <source>Warning:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="713"/>
        <location filename="../src/app/design/taskform.cpp" line="721"/>
        <source>Help for %1</source>
        <translation>%1 のヘルプ</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskListPanel</name>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="34"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="34"/>
        <source>Add task (Ctrl+T)</source>
        <translation>タスクの追加 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="35"/>
        <source>Dup</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="35"/>
        <source>Duplicate task</source>
        <translation>タスクの複製</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="36"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="36"/>
        <source>Delete task</source>
        <translation>タスクの削除</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="37"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="37"/>
        <source>Move task up (Alt+Up)</source>
        <translation>タスクを上へ移動 (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="38"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="38"/>
        <source>Move task down (Alt+Down)</source>
        <translation>タスクを下へ移動 (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="40"/>
        <source>&amp;Tasks</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="55"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="68"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="73"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="77"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="81"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="123"/>
        <source>Task %1 (restgate-cli --task %1)</source>
        <translation>タスク %1 (restgate-cli --task %1)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="129"/>
        <source>Task %1, disabled (enabled: false)</source>
        <translation>タスク %1、無効 (enabled: false)</translation>
    </message>
</context>
<context>
    <name>RestGate::TlsRules</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="541"/>
        <source>the certificate of &apos;%1&apos; has expired (on %2)</source>
        <translation>&apos;%1&apos; の証明書は有効期限が切れています (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="545"/>
        <source>the certificate of &apos;%1&apos; is not valid yet (from %2)</source>
        <translation>&apos;%1&apos; の証明書はまだ有効ではありません (%2 から)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="550"/>
        <source>the certificate of &apos;%1&apos; is self-signed and not trusted</source>
        <translation>&apos;%1&apos; の証明書は自己署名で、信頼されていません</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="554"/>
        <source>the chain of &apos;%1&apos; ends in a self-signed CA that is not trusted (give it with --cacert)</source>
        <translation>&apos;%1&apos; のチェーンは信頼されていない自己署名 CA で終わっています (--cacert で指定してください)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="563"/>
        <source>host name mismatch: the certificate of &apos;%1&apos; is for %2, not for this host</source>
        <translation>ホスト名が一致しません: &apos;%1&apos; の証明書は %2 用で、このホスト用ではありません</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="572"/>
        <source>the certificate of &apos;%1&apos; was issued by an unknown CA (&apos;%2&apos;); trust that CA with --cacert or the CA file in Preferences</source>
        <translation>&apos;%1&apos; の証明書は不明な CA (&apos;%2&apos;) によって発行されています。--cacert または環境設定の CA ファイルでその CA を信頼してください</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="578"/>
        <source>the certificate of &apos;%1&apos; has been revoked</source>
        <translation>&apos;%1&apos; の証明書は失効しています</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="583"/>
        <source>the certificate of &apos;%1&apos; is not trusted for this purpose</source>
        <translation>&apos;%1&apos; の証明書はこの用途では信頼されていません</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="587"/>
        <source>the server sent no certificate</source>
        <translation>サーバーが証明書を送信しませんでした</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="589"/>
        <source>the certificate of &apos;%1&apos; is not meant for a TLS server</source>
        <translation>&apos;%1&apos; の証明書は TLS サーバー用ではありません</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="595"/>
        <source>the signature on the certificate of &apos;%1&apos; does not verify</source>
        <translation>&apos;%1&apos; の証明書の署名を検証できません</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="601"/>
        <source>%1 (certificate of &apos;%2&apos;)</source>
        <translation>%1 (&apos;%2&apos; の証明書)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="613"/>
        <source>INSECURE: the server&apos;s TLS certificate was NOT checked (--insecure / the Preferences setting). Azure DevOps checks it, so this verdict says nothing about the certificate.</source>
        <translation>安全ではありません: サーバーの TLS 証明書は確認されていません (--insecure / 環境設定の設定)。Azure DevOps は証明書を確認するため、この判定は証明書について何も示しません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="625"/>
        <source>Checked, the certificate would have been refused: %1.</source>
        <translation>確認していれば、証明書は拒否されていました: %1。</translation>
    </message>
</context>
<context>
    <name>RestGate::TraceModel</name>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="130"/>
        <location filename="../src/app/result/tracemodel.cpp" line="167"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="130"/>
        <source>skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="133"/>
        <source>✗ failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="135"/>
        <source>not evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="147"/>
        <source>Reads %1 from the response</source>
        <translation>応答から %1 を読み取ります</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="169"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="187"/>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="189"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="191"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>RestGate::VariablesModel</name>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="270"/>
        <source>(no value this session)</source>
        <translation>(このセッションでは値なし)</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="291"/>
        <source>Set by the dry run as Azure Pipelines sets it; read-only.</source>
        <translation>Azure Pipelines と同じようにドライ ランが設定します。読み取り専用。</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="293"/>
        <source>Secret: the value is kept in memory for this session only and never saved.</source>
        <translation>シークレット: 値はこのセッションの間だけメモリに保持され、保存されることはありません。</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="362"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="364"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="366"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
</context>
<context>
    <name>RestGate::VariablesPanel</name>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="114"/>
        <source>Type a new secret value</source>
        <translation>新しいシークレット値を入力</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="115"/>
        <source>Type the secret value</source>
        <translation>シークレット値を入力</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="588"/>
        <source>Current variable set</source>
        <translation>現在の変数セット</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="617"/>
        <source>There is no variable set named “%1”.</source>
        <translation>「%1」という名前の変数セットはありません。</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="656"/>
        <location filename="../src/app/design/variablespanel.cpp" line="660"/>
        <source>New variable set</source>
        <translation>新しい変数セット</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="656"/>
        <source>Name of the set (e.g. dev, prod):</source>
        <translation>セットの名前 (例: dev、prod):</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="669"/>
        <location filename="../src/app/design/variablespanel.cpp" line="672"/>
        <source>Rename variable set</source>
        <translation>変数セットの名前変更</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="669"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="679"/>
        <source>Delete variable set</source>
        <translation>変数セットの削除</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="680"/>
        <source>Delete the variable set “%1” and its variables?</source>
        <translation>変数セット「%1」とその変数を削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="701"/>
        <source>A variable set needs a name.</source>
        <translation>変数セットには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="703"/>
        <source>There already is a variable set named “%1”.</source>
        <translation>「%1」という名前の変数セットは既にあります。</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="713"/>
        <source>(none: base variables only)</source>
        <translation>(なし: 基本変数のみ)</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="741"/>
        <source>&amp;Variables of set “%1” (they override the base ones):</source>
        <translation>セット「%1」の変数 (基本変数を上書きします)(&amp;V):</translation>
    </message>
</context>
<context>
    <name>RestGate::YamlPane</name>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="139"/>
        <source>Select a task to see it as a pipeline step.</source>
        <translation>タスクを選択すると、パイプライン ステップとして表示されます。</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="142"/>
        <source>Selected task</source>
        <translation>選択したタスク</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="143"/>
        <source>All tasks of the design</source>
        <translation>デザインのすべてのタスク</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="153"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="154"/>
        <source>Job (pool: server)</source>
        <translation>ジョブ (pool: server)</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="155"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="300"/>
        <source>Azure DevOps would refuse this YAML when the pipeline runs:</source>
        <translation>パイプラインの実行時に Azure DevOps はこの YAML を拒否します:</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="301"/>
        <source>The Azure Pipelines schema rejects this YAML:</source>
        <translation>Azure Pipelines のスキーマがこの YAML を拒否しています:</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="304"/>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="355"/>
        <location filename="../src/app/design/yamlpane.cpp" line="361"/>
        <source>Save pipeline YAML</source>
        <translation>パイプライン YAML の保存</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="356"/>
        <source>Pipeline YAML (*.yml *.yaml);;All files (*)</source>
        <translation>パイプライン YAML (*.yml *.yaml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="369"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="248"/>
        <source>The connection “%1” that a task names is not in this design; the pipeline needs a service connection of that name in the project.</source>
        <translation>タスクが指定する接続「%1」はこのデザインにありません。パイプラインには、プロジェクト内にその名前のサービス接続が必要です。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.ui" line="9"/>
        <source>Dry-run result</source>
        <translation>ドライ ランの結果</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="14"/>
        <source>Not run yet — press Send (Ctrl+Enter).</source>
        <translation>未実行です — 送信 (Ctrl+Enter) を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="17"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="25"/>
        <source>Reasons for the verdict</source>
        <translation>判定の理由</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="31"/>
        <source>Re-judged verdict note</source>
        <translation>再判定についての注意</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="39"/>
        <source>Response status</source>
        <translation>応答の状態</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="47"/>
        <source>Request in progress</source>
        <translation>要求を処理中</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="55"/>
        <source>Response details</source>
        <translation>応答の詳細</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="57"/>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="62"/>
        <source>About the body view</source>
        <translation>本文ビューについて</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="70"/>
        <source>Body views</source>
        <translation>本文のビュー</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="72"/>
        <source>Pretty</source>
        <translation>整形</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="82"/>
        <source>Response body, pretty-printed</source>
        <translation>整形された応答本文</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="88"/>
        <source>Raw</source>
        <translation>未加工</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="98"/>
        <source>Response body as received</source>
        <translation>受信したままの応答本文</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="104"/>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="114"/>
        <source>Response body as a tree</source>
        <translation>ツリー表示の応答本文</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="127"/>
        <source>&amp;Use in success criteria</source>
        <translation>成功の条件で使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="128"/>
        <source>Put a criteria that holds for the selected value into the task (Ctrl+Shift+U)</source>
        <translation>選択した値について成り立つ条件をタスクに入れます (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="129"/>
        <source>Use the selected value in the success criteria</source>
        <translation>選択した値を成功の条件で使用</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="141"/>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="146"/>
        <source>Response headers</source>
        <translation>応答ヘッダー</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="149"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="150"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="156"/>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="162"/>
        <source>Request as sent</source>
        <translation>送信した要求</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="168"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="174"/>
        <source>Task log</source>
        <translation>タスクのログ</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="180"/>
        <source>Callback</source>
        <translation>コールバック</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="186"/>
        <source>Callback timeline</source>
        <translation>コールバックのタイムライン</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="192"/>
        <source>Criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="199"/>
        <source>Success criteria and its value</source>
        <translation>成功の条件とその値</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="205"/>
        <source>Select a value read from the response to show it in the Body tree</source>
        <translation>応答から読み取った値を選択すると、本文ツリーに表示されます</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="206"/>
        <source>Evaluation trace</source>
        <translation>評価のトレース</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="213"/>
        <source>Notes on the evaluation</source>
        <translation>評価についての注意</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="219"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="225"/>
        <source>TLS connection details</source>
        <translation>TLS 接続の詳細</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="231"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="235"/>
        <source>Select a run to show it again</source>
        <translation>実行を選択すると再表示されます</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="236"/>
        <source>Run history of this task</source>
        <translation>このタスクの実行履歴</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="248"/>
        <source>Run &amp;again</source>
        <translation>もう一度実行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="249"/>
        <source>Run the task again</source>
        <translation>タスクをもう一度実行</translation>
    </message>
</context>
<context>
    <name>RunOnlySecretDialog</name>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="9"/>
        <source>No keychain available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="16"/>
        <source>Why the secret cannot be stored</source>
        <translation>シークレットを保存できない理由</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="23"/>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="30"/>
        <source>Secret for this run only</source>
        <translation>この実行中だけのシークレット</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../src/cli/runreport.cpp" line="142"/>
        <source>(another origin: %1 not sent)</source>
        <translation>(別のオリジン: %1 は送信されません)</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="150"/>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="163"/>
        <source>response body:</source>
        <translation>応答本文:</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="171"/>
        <source>callback:</source>
        <translation>コールバック:</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="177"/>
        <source>criteria trace:</source>
        <translation>条件のトレース:</translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="33"/>
        <source>PASSED</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="35"/>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="37"/>
        <source>TIMED OUT</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="39"/>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="41"/>
        <source>CANCELLED</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="43"/>
        <source>NOT COMPLETED</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="78"/>
        <source>Redirects are not followed (--no-redirects / Preferences): the dry run stopped at this %1 %2 to &apos;%3&apos;. Azure DevOps&apos; HttpClient would follow it.</source>
        <translation>リダイレクトには従いません (--no-redirects / 環境設定): ドライランは &apos;%3&apos; へのこの %1 %2 で停止しました。Azure DevOps の HttpClient ならこれに従います。</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../ui/taskform.ui" line="9"/>
        <source>Task inputs</source>
        <translation>タスクの入力</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="19"/>
        <source>Task &amp;version</source>
        <translation>タスクのバージョン(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="28"/>
        <source>Task version</source>
        <translation>タスクのバージョン</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="35"/>
        <source>&amp;Display name</source>
        <translation>表示名(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="44"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="53"/>
        <source>Display name findings</source>
        <translation>表示名の検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="63"/>
        <location filename="../ui/taskform.ui" line="88"/>
        <source>Connection type</source>
        <translation>接続の種類</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="69"/>
        <location filename="../ui/taskform.ui" line="112"/>
        <location filename="../ui/taskform.ui" line="169"/>
        <location filename="../ui/taskform.ui" line="212"/>
        <location filename="../ui/taskform.ui" line="284"/>
        <location filename="../ui/taskform.ui" line="334"/>
        <location filename="../ui/taskform.ui" line="401"/>
        <location filename="../ui/taskform.ui" line="444"/>
        <source>ⓘ</source>
        <translation>ⓘ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="72"/>
        <source>Help for Connection type</source>
        <translation>接続の種類のヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="96"/>
        <source>Connection type findings</source>
        <translation>接続の種類の検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="106"/>
        <source>Generic service connection</source>
        <translation>汎用サービス接続</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="115"/>
        <source>Help for Service connection</source>
        <translation>サービス接続のヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="137"/>
        <source>Service connection</source>
        <translation>サービス接続</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="142"/>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="143"/>
        <source>Manage service connections</source>
        <translation>サービス接続の管理</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="153"/>
        <source>Service connection findings</source>
        <translation>サービス接続の検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="163"/>
        <source>&amp;Method</source>
        <translation>メソッド(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="172"/>
        <source>Help for Method</source>
        <translation>メソッドのヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="188"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="196"/>
        <source>Method findings</source>
        <translation>メソッドの検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="206"/>
        <source>&amp;Headers</source>
        <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="215"/>
        <source>Help for Headers</source>
        <translation>ヘッダーのヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="231"/>
        <source>Headers (JSON)</source>
        <translation>ヘッダー (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="239"/>
        <source>Headers validation</source>
        <translation>ヘッダーの検証</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="252"/>
        <source>Headers length</source>
        <translation>ヘッダーの長さ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="257"/>
        <source>Reset to task default</source>
        <translation>タスクの既定値に戻す</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="258"/>
        <source>Reset headers to the task default</source>
        <translation>ヘッダーをタスクの既定値に戻す</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="268"/>
        <source>Headers findings</source>
        <translation>ヘッダーの検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="278"/>
        <source>&amp;Body</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="287"/>
        <source>Help for Body</source>
        <translation>本文のヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="303"/>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="310"/>
        <source>Body length</source>
        <translation>本文の長さ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="318"/>
        <source>Body findings</source>
        <translation>本文の検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="328"/>
        <source>&amp;URL suffix and parameters</source>
        <translation>URL サフィックスとパラメーター(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="337"/>
        <source>Help for URL suffix and parameters</source>
        <translation>URL サフィックスとパラメーターのヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="353"/>
        <source>URL suffix and parameters</source>
        <translation>URL サフィックスとパラメーター</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="361"/>
        <source>Request URL</source>
        <translation>要求 URL</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="369"/>
        <source>URL suffix findings</source>
        <translation>URL サフィックスの検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="378"/>
        <location filename="../ui/taskform.ui" line="381"/>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="395"/>
        <source>Completion &amp;event</source>
        <translation>完了イベント(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="404"/>
        <source>Help for Completion event</source>
        <translation>完了イベントのヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="420"/>
        <source>Completion event</source>
        <translation>完了イベント</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="428"/>
        <source>Completion event findings</source>
        <translation>完了イベントの検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="438"/>
        <source>&amp;Success criteria</source>
        <translation>成功の条件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="447"/>
        <source>Help for Success criteria</source>
        <translation>成功の条件のヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="463"/>
        <source>Success criteria</source>
        <translation>成功の条件</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="464"/>
        <source>e.g. eq(root[&apos;status&apos;], &apos;successful&apos;)</source>
        <translation>例: eq(root[&apos;status&apos;], &apos;successful&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="471"/>
        <source>Success criteria validation</source>
        <translation>成功の条件の検証</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="479"/>
        <source>Success criteria findings</source>
        <translation>成功の条件の検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="492"/>
        <location filename="../ui/taskform.ui" line="493"/>
        <source>Control options</source>
        <translation>制御オプション</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="497"/>
        <source>E&amp;nabled</source>
        <translation>有効(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="499"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="504"/>
        <source>C&amp;ontinue on error</source>
        <translation>エラー時に続行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="505"/>
        <source>Continue on error</source>
        <translation>エラー時に続行</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="510"/>
        <source>&amp;Timeout (minutes)</source>
        <translation>タイムアウト (分)(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="519"/>
        <source>Timeout in minutes</source>
        <translation>タイムアウト (分)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="520"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="529"/>
        <source>Timeout findings</source>
        <translation>タイムアウトの検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="536"/>
        <source>&amp;Run this task</source>
        <translation>このタスクを実行する条件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="545"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="546"/>
        <source>succeeded()</source>
        <translation>succeeded()</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="554"/>
        <source>Condition findings</source>
        <translation>条件の検出事項</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="566"/>
        <source>Validation findings</source>
        <translation>検証の検出事項</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="79"/>
        <source>Connection refused: nothing is listening at %1.</source>
        <translation>接続が拒否されました: %1 で待ち受けているものがありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="85"/>
        <source>Host not found: the name &apos;%1&apos; could not be resolved (DNS).</source>
        <translation>ホストが見つかりません: 名前 &apos;%1&apos; を解決できませんでした (DNS)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="91"/>
        <source>TLS failure talking to %1: %2</source>
        <translation>%1 との通信で TLS エラー: %2</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="95"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 は応答する前に接続を閉じました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="99"/>
        <source>Too many redirects starting at %1.</source>
        <translation>%1 から始まるリダイレクトが多すぎます。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="103"/>
        <source>Network error talking to %1: %2</source>
        <translation>%1 との通信でネットワーク エラー: %2</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="131"/>
        <source>The %1 refused the connection: nothing is listening there (set by %2). %3 was not reached.</source>
        <translation>%1 が接続を拒否しました: 待ち受けているものがありません (%2 で設定)。%3 には到達していません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="138"/>
        <source>The proxy host &apos;%1&apos; could not be resolved (DNS; set by %2).</source>
        <translation>プロキシ ホスト &apos;%1&apos; を解決できませんでした (DNS、%2 で設定)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="141"/>
        <source>The %1 did not answer in time (set by %2).</source>
        <translation>%1 が時間内に応答しませんでした (%2 で設定)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="149"/>
        <source>The %1 requires authentication%2: give a proxy user and password (user@ in the proxy URL with --proxy-password-env, or Preferences).</source>
        <translation>%1 で認証が必要です%2: プロキシのユーザーとパスワードを指定してください (プロキシ URL の user@ と --proxy-password-env、または環境設定)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="153"/>
        <source>The %1 refused the credentials of user &apos;%2&apos;%3.</source>
        <translation>%1 がユーザー &apos;%2&apos; の資格情報を拒否しました%3。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="159"/>
        <source>The %1 closed the connection before %2 answered (set by %3).</source>
        <translation>%2 が応答する前に %1 が接続を閉じました (%3 で設定)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="229"/>
        <location filename="../src/core/run/taskrunner.cpp" line="605"/>
        <source>The dry run was cancelled.</source>
        <translation>ドライランはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="359"/>
        <source>Too many redirects: more than %1 starting at %2.</source>
        <translation>リダイレクトが多すぎます: %2 から %1 回を超えました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="366"/>
        <source>The server redirected (%1) to &apos;%2&apos;, which is not an http or https URL.</source>
        <translation>サーバーが &apos;%2&apos; にリダイレクトしました (%1) が、これは http または https の URL ではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="374"/>
        <source>The server redirected (%1) from https to plain http (&apos;%2&apos;); the dry run does not follow a redirect that drops TLS.</source>
        <translation>サーバーが https から通常の http にリダイレクトしました (%1、&apos;%2&apos;)。ドライランでは TLS を失うリダイレクトには従いません。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="440"/>
        <source>The response headers could not be read: they are too large (a single line over a few KB, or too many of them) or malformed. .NET&apos;s HttpClient, which Azure DevOps uses, refuses response headers over %1 bytes (MaxResponseHeadersLength); the dry run stopped.</source>
        <translation>応答ヘッダーを読み取れませんでした: 大きすぎる (1 行が数 KB を超える、または数が多すぎる) か、形式が正しくありません。Azure DevOps が使う .NET の HttpClient は %1 バイトを超える応答ヘッダーを拒否します (MaxResponseHeadersLength)。ドライランは停止しました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="448"/>
        <source>The response headers are over %1 bytes; .NET&apos;s HttpClient, which Azure DevOps uses, refuses them (MaxResponseHeadersLength), so the dry run stopped reading.</source>
        <translation>応答ヘッダーが %1 バイトを超えています。Azure DevOps が使う .NET の HttpClient はこれを拒否するため (MaxResponseHeadersLength)、ドライランは読み取りを停止しました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="579"/>
        <source>The request timed out after %1 seconds as no response was received.</source>
        <translation>応答を受信しなかったため、要求は %1 秒後にタイムアウトしました。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="588"/>
        <source>In Callback mode the service must answer the initial call at once (e.g. 202 Accepted) and report completion later.</source>
        <translation>Callback モードでは、サービスは最初の呼び出しにすぐ応答し (例: 202 Accepted)、完了は後で報告する必要があります。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="592"/>
        <source>Azure DevOps allows an API-response task 20 seconds in all, whatever the task&apos;s timeout says. Use Callback for longer work.</source>
        <translation>Azure DevOps が API 応答タスクに許す時間は、タスクのタイムアウトにかかわらず合計 20 秒です。長い処理には Callback を使用してください。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="619"/>
        <source>The response was cut at the dry-run cap of %1 bytes: the body is longer, so the dry run stopped reading and cannot judge it (the first %1 bytes are kept).</source>
        <translation>応答はドライランの上限 %1 バイトで切り詰められました: 本文はさらに長いため、ドライランは読み取りを停止し、判定できません (最初の %1 バイトは保持されます)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="629"/>
        <source>The response body could not be decompressed (Content-Encoding: %1): %2.</source>
        <translation>応答本文を展開できませんでした (Content-Encoding: %1): %2。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="648"/>
        <source>the connection ended</source>
        <translation>接続が終了しました</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="650"/>
        <source>The response was cut short: %1 of the %2 bytes its Content-Length announced arrived before the connection broke (%3).</source>
        <translation>応答が途中で切れました: Content-Length で示された %2 バイトのうち %1 バイトが届いた時点で接続が切れました (%3)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="657"/>
        <source>The response was cut short: the connection broke after %1 bytes of the body (%2).</source>
        <translation>応答が途中で切れました: 本文の %1 バイト後に接続が切れました (%2)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="666"/>
        <source>The response was cut short: its %1-compressed body stops after %2 bytes, before the end of the compressed stream (the connection ended).</source>
        <translation>応答が途中で切れました: %1 圧縮された本文が、圧縮ストリームの終わりより前の %2 バイトで止まっています (接続が終了しました)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="695"/>
        <source>TLS failure talking to %1: the server&apos;s certificate was refused (%2).</source>
        <translation>%1 との通信で TLS エラー: サーバーの証明書が拒否されました (%2)。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="709"/>
        <source>The server seems to want a client certificate: give one with --cert (and --key), or in Preferences ▸ Network.</source>
        <translation>サーバーはクライアント証明書を要求しているようです: --cert (と --key) で指定するか、環境設定 ▸ ネットワークで指定してください。</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="714"/>
        <source>The request went through %1 (%2).</source>
        <translation>要求は %1 を経由しました (%2)。</translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../ui/variablespanel.ui" line="9"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="16"/>
        <source>Current &amp;set:</source>
        <translation>現在のセット(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="22"/>
        <source>Current variable set</source>
        <translation>現在の変数セット</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="23"/>
        <source>The variable set used for dry runs: its variables override the base ones</source>
        <translation>ドライ ランで使う変数セット: その変数が基本変数を上書きします</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="31"/>
        <source>&amp;New set…</source>
        <translation>新しいセット(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="32"/>
        <source>Add a variable set</source>
        <translation>変数セットを追加</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="37"/>
        <source>Re&amp;name…</source>
        <translation>名前の変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="38"/>
        <source>Rename the current variable set</source>
        <translation>現在の変数セットの名前を変更</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="43"/>
        <source>&amp;Delete set</source>
        <translation>セットの削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="44"/>
        <source>Delete the current variable set</source>
        <translation>現在の変数セットを削除</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="53"/>
        <source>&amp;Base variables (every set starts from these):</source>
        <translation>基本変数 (すべてのセットはここから始まります)(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="83"/>
        <source>Base variables</source>
        <translation>基本変数</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="66"/>
        <source>Add a base variable</source>
        <translation>基本変数を追加</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="72"/>
        <source>&amp;Remove variable</source>
        <translation>変数の削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="73"/>
        <source>Remove the selected base variable</source>
        <translation>選択した基本変数を削除</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="121"/>
        <source>Variables of the current set</source>
        <translation>現在のセットの変数</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="104"/>
        <source>Add a variable to the current set</source>
        <translation>現在のセットに変数を追加</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="110"/>
        <source>Remove from set</source>
        <translation>セットから削除</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="111"/>
        <source>Remove the selected variable from the current set</source>
        <translation>選択した変数を現在のセットから削除</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="129"/>
        <source>Where secret values are kept</source>
        <translation>シークレット値の保管場所</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="131"/>
        <source>Secret values (shown as ••••) are kept in memory for this session only: they are never written to the design file, the autosave or the settings, and are gone when RestGate closes. restgate-cli takes them from RESTGATE_SECRET_&lt;NAME&gt; or --var.</source>
        <translation>シークレット値 (•••• と表示) はこのセッションの間だけメモリに保持されます: デザイン ファイル、自動保存、設定に書き込まれることはなく、RestGate を閉じると消えます。restgate-cli は RESTGATE_SECRET_&lt;NAME&gt; または --var から値を受け取ります。</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="65"/>
        <source>+ &amp;Add variable</source>
        <translation>+ 変数の追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="67"/>
        <location filename="../ui/variablespanel.ui" line="105"/>
        <source>Adds a row and edits its name; Tab or Enter goes on to the value (Insert in the table does the same)</source>
        <translation>行を追加して名前を編集します。Tab または Enter で値に進みます (表で Insert キーを押しても同じです)</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="103"/>
        <source>+ Add variable to se&amp;t</source>
        <translation>+ セットに変数を追加(&amp;T)</translation>
    </message>
</context>
<context>
    <name>YamlPane</name>
    <message>
        <location filename="../ui/yamlpane.ui" line="9"/>
        <source>Pipeline YAML</source>
        <translation>パイプライン YAML</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="20"/>
        <source>&amp;Write as:</source>
        <translation>出力形式(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="26"/>
        <source>Export form</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="27"/>
        <source>A step to paste under steps:, a pool: server job to paste under jobs:, or a stage around that job</source>
        <translation>steps: の下に貼り付けるステップ、jobs: の下に貼り付ける pool: server ジョブ、またはそのジョブを囲むステージ</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="32"/>
        <source>What to export</source>
        <translation>エクスポートする対象</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="33"/>
        <source>The selected task, or every task of the design (as one job in the job and stage forms)</source>
        <translation>選択したタスク、またはデザインのすべてのタスク (ジョブ形式とステージ形式では 1 つのジョブとして)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="38"/>
        <source>Write &amp;defaults</source>
        <translation>既定値も出力(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="39"/>
        <source>Also write inputs that equal the task&apos;s default (e.g. waitForCompletion: &apos;false&apos;)</source>
        <translation>タスクの既定値と同じ入力も出力します (例: waitForCompletion: &apos;false&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="44"/>
        <source>task.json &amp;names</source>
        <translation>task.json の名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="45"/>
        <source>Write the inputs under their task.json names (connectedServiceName, …) instead of the YAML names the docs use</source>
        <translation>ドキュメントで使われる YAML 名ではなく、task.json の名前 (connectedServiceName など) で入力を出力します</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="56"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="57"/>
        <source>Copy the YAML to the clipboard</source>
        <translation>YAML をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="62"/>
        <source>Sa&amp;ve as…</source>
        <translation>名前を付けて保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="63"/>
        <source>Save the YAML to a file</source>
        <translation>YAML をファイルに保存</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="72"/>
        <source>Schema problems</source>
        <translation>スキーマの問題</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="79"/>
        <source>Task as pipeline YAML</source>
        <translation>パイプライン YAML としてのタスク</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="27"/>
        <source>Design and dry-run Azure Pipelines InvokeRESTAPI tasks. Without a file, opens the sample design and starts the local demo endpoint it targets.</source>
        <translation>Azure Pipelines の InvokeRESTAPI タスクをデザインし、ドライ ランします。ファイルを指定しないと、サンプル デザインを開き、その対象のローカル デモ エンドポイントを開始します。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>A design to open (*.restgate.yml).</source>
        <translation>開くデザイン (*.restgate.yml)。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="40"/>
        <source>Quit on its own after showing the window for &lt;seconds&gt; seconds.</source>
        <translation>ウィンドウを表示してから &lt;秒&gt; 秒後に自動で終了します。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="41"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>Show the window in &lt;language&gt; (%1) instead of the system&apos;s language. RESTGATE_LANG does the same.</source>
        <translation>システムの言語の代わりに &lt;言語&gt; (%1) でウィンドウを表示します。RESTGATE_LANG でも同じです。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="49"/>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>RestGate has no %1 translation; choose one of %2.</source>
        <translation>RestGate には %1 の翻訳がありません。%2 から選んでください。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>--quit-after needs a number of seconds from 0 to 86400.</source>
        <translation>--quit-after には 0 から 86400 までの秒数を指定してください。</translation>
    </message>
</context>
</TS>
