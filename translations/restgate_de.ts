<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CallbackSettings</name>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="28"/>
        <source>No bind address given; 127.0.0.1 listens on this computer only, 0.0.0.0 on every network interface.</source>
        <translation>Keine Bind-Adresse angegeben; 127.0.0.1 lauscht nur auf diesem Computer, 0.0.0.0 auf jeder Netzwerkschnittstelle.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="38"/>
        <source>&quot;%1&quot; is not an IP address: the listener binds to an address of this computer (e.g. 127.0.0.1 or 0.0.0.0), not to a host name.</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse: Der Listener bindet an eine Adresse dieses Computers (z. B. 127.0.0.1 oder 0.0.0.0), nicht an einen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="58"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host, e.g. https://my-tunnel.example.dev/. It is the address your service reaches this computer at, and it becomes PlanUrl.</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL mit Host, z. B. https://my-tunnel.example.dev/. Es ist die Adresse, unter der Ihr Dienst diesen Computer erreicht, und wird zu PlanUrl.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="65"/>
        <source>&quot;%1&quot; has a query or fragment; PlanUrl is a base URL the service appends paths to.</source>
        <translation>&quot;%1&quot; hat eine Query oder ein Fragment; PlanUrl ist eine Basis-URL, an die der Dienst Pfade anhängt.</translation>
    </message>
</context>
<context>
    <name>CallbackSettingsDialog</name>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="9"/>
        <source>Callback settings</source>
        <translation>Callback-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="16"/>
        <source>For tasks with Completion event = Callback, RestGate starts a local stand-in for the Azure DevOps plan endpoints and tells the service to call it back. None of these settings is secret.</source>
        <translation>Für Aufgaben mit Abschlussereignis = Callback startet RestGate einen lokalen Ersatz für die Plan-Endpunkte von Azure DevOps und lässt den Dienst dorthin zurückrufen. Keine dieser Einstellungen ist geheim.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="24"/>
        <source>&amp;Hub (system.HostType):</source>
        <translation>&amp;Hub (system.HostType):</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="30"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="31"/>
        <source>The hub the dry-run plan lives in; it appears in HubName and in every callback URL.</source>
        <translation>Der Hub, in dem der Probelauf-Plan liegt; er erscheint in HubName und in jeder Callback-URL.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="36"/>
        <source>&amp;Bind address:</source>
        <translation>&amp;Bindeadresse:</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="42"/>
        <source>Bind address</source>
        <translation>Bindeadresse</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="43"/>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="44"/>
        <source>127.0.0.1 accepts callbacks from this computer only; 0.0.0.0 from every network interface.</source>
        <translation>127.0.0.1 nimmt Callbacks nur von diesem Computer an, 0.0.0.0 von jeder Netzwerkschnittstelle.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="49"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="55"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="58"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="63"/>
        <source>P&amp;ublic base URL:</source>
        <translation>Ö&amp;ffentliche Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="69"/>
        <source>Public base URL</source>
        <translation>Öffentliche Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="70"/>
        <source>empty: the listener&apos;s own address</source>
        <translation>leer: die eigene Adresse des Listeners</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="71"/>
        <source>For a service that runs elsewhere: the URL it reaches this computer at (e.g. a tunnel). It becomes PlanUrl and system.CollectionUri.</source>
        <translation>Für einen Dienst, der anderswo läuft: die URL, unter der er diesen Computer erreicht (z. B. ein Tunnel). Sie wird zu PlanUrl und system.CollectionUri.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="76"/>
        <source>&amp;Wait for TaskCompleted:</source>
        <translation>Auf TaskCompleted &amp;warten:</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="82"/>
        <source>Wait for TaskCompleted</source>
        <translation>Auf TaskCompleted warten</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="83"/>
        <source>How long the dry run waits for the service&apos;s TaskCompleted. Azure DevOps waits for the task&apos;s timeout (60 minutes by default).</source>
        <translation>Wie lange der Probelauf auf das TaskCompleted-Ereignis des Dienstes wartet. Azure DevOps wartet bis zum Timeout der Aufgabe (standardmäßig 60 Minuten).</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="86"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="87"/>
        <source>the task&apos;s timeout</source>
        <translation>Timeout der Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="95"/>
        <source>What is wrong with the settings</source>
        <translation>Was an den Einstellungen falsch ist</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="6"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="12"/>
        <source>Co&amp;nnections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="13"/>
        <source>Connections of this design</source>
        <translation>Verbindungen dieses Entwurfs</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="16"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="16"/>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="17"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="17"/>
        <source>Duplicate the selected connection</source>
        <translation>Ausgewählte Verbindung duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="18"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="18"/>
        <source>Delete the selected connection</source>
        <translation>Ausgewählte Verbindung löschen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="27"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="37"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="39"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="43"/>
        <source>&amp;Environment:</source>
        <translation>Umg&amp;ebung:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="45"/>
        <source>&amp;Resource Manager URL:</source>
        <translation>&amp;Resource Manager-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="47"/>
        <source>&amp;Authority host:</source>
        <translation>&amp;Autoritätshost:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="49"/>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="51"/>
        <source>&amp;Subscription ID:</source>
        <translation>Abonnement-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="53"/>
        <location filename="../ui/connectionsdialog.ui" line="61"/>
        <source>&amp;Token from:</source>
        <translation>&amp;Token von:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="55"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="59"/>
        <source>&amp;Organization URL:</source>
        <translation>&amp;Organisations-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="71"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="28"/>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="29"/>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="30"/>
        <source>Connection kind</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="35"/>
        <source>No connection selected. Use Add to create one.</source>
        <translation>Keine Verbindung ausgewählt. Mit „Hinzufügen“ legen Sie eine an.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="38"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="38"/>
        <source>https://example.com/api/</source>
        <translation>https://example.com/api/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="40"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="40"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="44"/>
        <source>Azure environment</source>
        <translation>Azure-Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="46"/>
        <source>Resource Manager URL</source>
        <translation>Resource Manager-URL</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="46"/>
        <source>https://management.local.azurestack.external/</source>
        <translation>https://management.local.azurestack.external/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="48"/>
        <source>Authority host</source>
        <translation>Autoritätshost</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="48"/>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="50"/>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="52"/>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="54"/>
        <source>Where the Azure Resource Manager token comes from</source>
        <translation>Woher das Azure Resource Manager-Token kommt</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="56"/>
        <source>Service principal client ID</source>
        <translation>Client-ID des Dienstprinzipals</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="60"/>
        <source>Azure DevOps organization URL</source>
        <translation>Organisations-URL von Azure DevOps</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="60"/>
        <source>https://dev.azure.com/contoso/</source>
        <translation>https://dev.azure.com/contoso/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="62"/>
        <source>Where the Azure DevOps token comes from</source>
        <translation>Woher das Azure DevOps-Token kommt</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="68"/>
        <source>Secret (kept in the OS keychain, never in the design)</source>
        <translation>Geheimnis (im Schlüsselbund des Betriebssystems, nie im Entwurf)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="72"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="72"/>
        <source>Type to store a new secret</source>
        <translation>Tippen, um ein neues Geheimnis zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="76"/>
        <source>Whether a secret is stored</source>
        <translation>Ob ein Geheimnis gespeichert ist</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="77"/>
        <source>C&amp;lear secret</source>
        <translation>Geheimnis ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="77"/>
        <source>Remove the stored secret</source>
        <translation>Gespeichertes Geheimnis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="85"/>
        <source>&amp;Test</source>
        <translation>Te&amp;sten</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="85"/>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="86"/>
        <source>Result of the connection test</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="93"/>
        <source>What keeps the connections from being saved</source>
        <translation>Was das Speichern der Verbindungen verhindert</translation>
    </message>
</context>
<context>
    <name>CriteriaJudge</name>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="34"/>
        <source>Success criteria %1 is true.</source>
        <translation>Erfolgskriterien %1 sind wahr.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="38"/>
        <source>Success criteria %1 is false.</source>
        <translation>Erfolgskriterien %1 sind falsch.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="43"/>
        <source>(Dry run only, not what Azure DevOps does: on this body the criteria would be %1.)</source>
        <translation>(Nur im Probelauf, nicht wie Azure DevOps: Auf diesem Body wären die Kriterien %1.)</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="62"/>
        <source>No variable defines $(%1); the criteria keeps it as written.</source>
        <translation>Keine Variable definiert $(%1); die Kriterien behalten es unverändert.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="101"/>
        <source>Status %1 meets the rule: Azure DevOps passes on 200 OK.</source>
        <translation>Status %1 erfüllt die Regel: Azure DevOps lässt bei 200 OK bestehen.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="104"/>
        <source>Status %1 passes only because &quot;treat any 2xx as success&quot; is on; Azure DevOps documents 200 OK as the rule.</source>
        <translation>Status %1 besteht nur, weil „jedes 2xx als Erfolg werten“ eingeschaltet ist; Azure DevOps dokumentiert 200 OK als Regel.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="111"/>
        <source>Status %1: Azure DevOps passes the task only on 200 OK.</source>
        <translation>Status %1: Azure DevOps lässt die Aufgabe nur bei 200 OK bestehen.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="114"/>
        <source>The response was cut at the dry-run cap of %1 bytes (%2 bytes received).</source>
        <translation>Die Antwort wurde an der Probelauf-Grenze von %1 Bytes abgeschnitten (%2 Bytes empfangen).</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="124"/>
        <source>The service accepted the initial call with %1.</source>
        <translation>Der Dienst hat den ersten Aufruf mit %1 angenommen.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="126"/>
        <source>The service rejected the initial call with %1.</source>
        <translation>Der Dienst hat den ersten Aufruf mit %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="130"/>
        <source>Completion event is Callback: Azure DevOps now waits for the service to post TaskCompleted. This dry run did not wait for it, so it is not a pass.</source>
        <translation>Abschlussereignis ist Callback: Azure DevOps wartet jetzt darauf, dass der Dienst TaskCompleted sendet. Dieser Probelauf hat nicht darauf gewartet, daher ist er kein Bestehen.</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="9"/>
        <source>Import from curl</source>
        <translation>Aus curl importieren</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="14"/>
        <source>&amp;curl command (several lines joined with \ are fine):</source>
        <translation>&amp;curl-Befehl (mehrere mit \ verbundene Zeilen sind möglich):</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="20"/>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="29"/>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="35"/>
        <source>Display name of the new task</source>
        <translation>Anzeigename der neuen Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="40"/>
        <source>Connection &amp;base URL:</source>
        <translation>&amp;Basis-URL der Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="46"/>
        <source>Where the URL is split into connection and suffix</source>
        <translation>Wo die URL in Verbindung und Suffix geteilt wird</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="47"/>
        <source>The part of the URL the connection holds; the rest becomes the task&apos;s URL suffix. Empty: a matching connection of the document, else scheme and host.</source>
        <translation>Der Teil der URL, den die Verbindung enthält; der Rest wird zum URL-Suffix der Aufgabe. Leer: eine passende Verbindung des Dokuments, sonst Schema und Host.</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="56"/>
        <source>Why the command cannot be imported</source>
        <translation>Warum der Befehl nicht importiert werden kann</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="61"/>
        <source>The task it becomes</source>
        <translation>Die daraus entstehende Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="65"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="73"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="78"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="87"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="92"/>
        <source>URL suffix:</source>
        <translation>URL-Suffix:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="101"/>
        <source>URL suffix</source>
        <translation>URL-Suffix</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="106"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="114"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="119"/>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="127"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="134"/>
        <source>Credentials and findings</source>
        <translation>Anmeldeinformationen und Befunde</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="142"/>
        <source>&amp;Not imported: the task cannot express these options</source>
        <translation>Nicht &amp;importiert: Diese Optionen kann die Aufgabe nicht abbilden</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="148"/>
        <source>Options that are not imported</source>
        <translation>Nicht importierte Optionen</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="156"/>
        <source>Options that only change curl&apos;s output</source>
        <translation>Optionen, die nur die Ausgabe von curl ändern</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../ui/gatedialog.ui" line="9"/>
        <source>Simulate gate</source>
        <translation>Gate simulieren</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="15"/>
        <source>Re-evaluates the task as Azure DevOps evaluates a release gate or an Invoke REST API check: after the delay, once per interval, until it has passed for the minimum success duration (succeeded) or the timeout comes (failed). Durations: 30s, 5m, 1h30m, 250ms.</source>
        <translation>Wertet die Aufgabe wiederholt aus, so wie Azure DevOps ein Release-Gate oder eine Invoke REST API-Prüfung auswertet: nach der Verzögerung einmal pro Intervall, bis sie für die Mindestdauer bestanden hat (erfolgreich) oder das Timeout erreicht ist (fehlgeschlagen). Dauern: 30s, 5m, 1h30m, 250ms.</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="24"/>
        <source>&amp;Delay before evaluation:</source>
        <translation>&amp;Verzögerung vor der Auswertung:</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="31"/>
        <source>Delay before evaluation</source>
        <translation>Verzögerung vor der Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="36"/>
        <source>&amp;Time between evaluations:</source>
        <translation>&amp;Zeit zwischen Auswertungen:</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="43"/>
        <source>Time between evaluations</source>
        <translation>Zeit zwischen Auswertungen</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="48"/>
        <source>&amp;Minimum duration for steady results:</source>
        <translation>&amp;Mindestdauer für stabile Ergebnisse:</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="55"/>
        <source>Minimum duration for steady results</source>
        <translation>Mindestdauer für stabile Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="60"/>
        <source>Time&amp;out after which the gate fails:</source>
        <translation>&amp;Timeout, nach dem das Gate fehlschlägt:</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="67"/>
        <source>Timeout after which the gate fails</source>
        <translation>Timeout, nach dem das Gate fehlschlägt</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="76"/>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="83"/>
        <source>Microsoft&apos;s advice on these settings</source>
        <translation>Empfehlungen von Microsoft zu diesen Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="90"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="91"/>
        <source>Start the gate simulation</source>
        <translation>Gate-Simulation starten</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="97"/>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="98"/>
        <source>Stop the gate simulation</source>
        <translation>Gate-Simulation anhalten</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="110"/>
        <source>&amp;Y axis:</source>
        <translation>&amp;Y-Achse:</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="116"/>
        <source>What the plot&apos;s vertical axis shows</source>
        <translation>Was die vertikale Achse des Diagramms zeigt</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="117"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="118"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="135"/>
        <source>How the gate simulation stands</source>
        <translation>Stand der Gate-Simulation</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="140"/>
        <source>Every evaluation of the gate</source>
        <translation>Jede Auswertung des Gates</translation>
    </message>
</context>
<context>
    <name>ImportPipelineDialog</name>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="9"/>
        <source>Import pipeline</source>
        <translation>Pipeline importieren</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="15"/>
        <source>What the pipeline holds</source>
        <translation>Was die Pipeline enthält</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="20"/>
        <source>&amp;Tasks to import:</source>
        <translation>Zu importierende &amp;Aufgaben:</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="26"/>
        <source>Tasks found in the pipeline</source>
        <translation>In der Pipeline gefundene Aufgaben</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="5"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="21"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="23"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="24"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="25"/>
        <source>Takes effect the next time RestGate starts. The --lang option and RESTGATE_LANG override it.</source>
        <translation>Wird beim nächsten Start von RestGate wirksam. Die Option --lang und RESTGATE_LANG haben Vorrang.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="10"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Zusätzliche vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA file</source>
        <translation>Zusätzliche vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM bundle of your company&apos;s CA; SSL_CERT_FILE is honoured too</source>
        <translation>PEM-Bundle der CA Ihres Unternehmens; SSL_CERT_FILE wird ebenfalls berücksichtigt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM oder PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the client certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM key, when not in the certificate file</source>
        <translation>PEM-Schlüssel, falls nicht in der Zertifikatsdatei enthalten</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the client key</source>
        <translation>Client-Schlüssel auswählen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Key pass&amp;word:</source>
        <translation>Schlüssel&amp;kennwort:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Key password</source>
        <translation>Schlüsselkennwort</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Do &amp;not check server certificates (insecure)</source>
        <translation>Server-Zertifikate &amp;nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Every result will say the certificate was not checked. Azure DevOps always checks it: a pass here proves nothing about the certificate.</source>
        <translation>Jedes Ergebnis wird angeben, dass das Zertifikat nicht geprüft wurde. Azure DevOps prüft es immer: Ein Bestehen hier beweist nichts über das Zertifikat.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>From the &amp;environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY, as curl)</source>
        <translation>Aus der &amp;Umgebung (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY, wie curl)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Direct (no proxy)</source>
        <translation>&amp;Direkt (kein Proxy)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Manual:</source>
        <translation>&amp;Manuell:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>P&amp;assword:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy password</source>
        <translation>Proxy-Kennwort</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Bypass for:</source>
        <translation>&amp;Ausnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Hosts that bypass the proxy</source>
        <translation>Hosts, die den Proxy umgehen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>localhost, .corp.example, 10.0.0.0/8 (empty: NO_PROXY)</source>
        <translation>localhost, .corp.example, 10.0.0.0/8 (leer: NO_PROXY)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="14"/>
        <source>Redirects</source>
        <translation>Umleitungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="16"/>
        <source>&amp;Follow redirects, as Azure DevOps does (each hop is listed in the result)</source>
        <translation>Umleitungen &amp;folgen, wie Azure DevOps es tut (jeder Schritt wird im Ergebnis aufgeführt)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA director&amp;y:</source>
        <translation>Zusätzliches vertrauenswürdiges CA-Verzeichn&amp;is:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA directory</source>
        <translation>Zusätzliches vertrauenswürdiges CA-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Every certificate file in it is trusted; SSL_CERT_DIR is honoured too</source>
        <translation>Jeder Zertifikatsdatei darin wird vertraut; SSL_CERT_DIR wird ebenfalls beachtet</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the CA directory</source>
        <translation>CA-Verzeichnis auswählen</translation>
    </message>
</context>
<context>
    <name>RestGate::AzureTokenProvider</name>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="88"/>
        <source>The token request was cancelled.</source>
        <translation>Die Tokenanfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="200"/>
        <source>token request to %1 failed: the token endpoint is not a valid URL (check the authority host and the tenant ID).</source>
        <translation>Tokenanfrage an %1 fehlgeschlagen: Der Token-Endpunkt ist keine gültige URL (prüfen Sie den Autoritätshost und die Mandanten-ID).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="210"/>
        <source>token request to %1 refused: a client secret is only sent over https (the authority host must start with https://).</source>
        <translation>Tokenanfrage an %1 abgelehnt: Ein Clientgeheimnis wird nur über https gesendet (der Autoritätshost muss mit https:// beginnen).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="219"/>
        <source>token request to %1 not made: the client ID, the client secret and the scope are all needed.</source>
        <translation>Tokenanfrage an %1 nicht gestellt: Client-ID, Clientgeheimnis und Bereich (Scope) werden alle benötigt.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="251"/>
        <source>az account get-access-token not run: no resource to ask a token for.</source>
        <translation>az account get-access-token nicht ausgeführt: Keine Ressource, für die ein Token angefordert werden könnte.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="262"/>
        <source>The Azure CLI (&apos;az&apos;) is not installed or not on PATH: install it (https://aka.ms/azure-cli) and run &apos;az login&apos;, or choose another way to authenticate.</source>
        <translation>Die Azure CLI (&apos;az&apos;) ist nicht installiert oder nicht im PATH: Installieren Sie sie (https://aka.ms/azure-cli) und führen Sie &apos;az login&apos; aus, oder wählen Sie eine andere Art der Authentifizierung.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="321"/>
        <source>The Azure CLI at %1 could not be started: %2</source>
        <translation>Die Azure CLI unter %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="359"/>
        <source>token request to %1 failed: the answer has an empty access_token.</source>
        <translation>Tokenanfrage an %1 fehlgeschlagen: Die Antwort enthält ein leeres access_token.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="371"/>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="390"/>
        <source>token request to %1 failed: %2</source>
        <translation>Tokenanfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="375"/>
        <source>token request to %1 failed: %2 — %3</source>
        <translation>Tokenanfrage an %1 fehlgeschlagen: %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="382"/>
        <source>token request to %1 failed: %2 without an access_token in the answer.</source>
        <translation>Tokenanfrage an %1 fehlgeschlagen: %2 ohne access_token in der Antwort.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="385"/>
        <source>token request to %1 failed: %2 (the answer is not an OAuth2 error: is the authority host right?)</source>
        <translation>Tokenanfrage an %1 fehlgeschlagen: %2 (die Antwort ist kein OAuth2-Fehler: Stimmt der Autoritätshost?)</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="411"/>
        <source>az account get-access-token crashed</source>
        <translation>az account get-access-token ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="412"/>
        <source>az account get-access-token crashed: %1</source>
        <translation>az account get-access-token ist abgestürzt: %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="421"/>
        <source>az account get-access-token failed (exit code %1).</source>
        <translation>az account get-access-token fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="424"/>
        <source>az account get-access-token failed (exit code %1): %2</source>
        <translation>az account get-access-token fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="434"/>
        <source>az account get-access-token printed no accessToken (unexpected output; is &apos;az&apos; the Azure CLI?).</source>
        <translation>az account get-access-token hat kein accessToken ausgegeben (unerwartete Ausgabe; ist &apos;az&apos; die Azure CLI?).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="465"/>
        <source>az account get-access-token failed: no answer within %1 s.</source>
        <translation>az account get-access-token fehlgeschlagen: keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="468"/>
        <source>token request to %1 failed: no answer within %2 s.</source>
        <translation>Tokenanfrage an %1 fehlgeschlagen: keine Antwort innerhalb von %2 s.</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackSettingsDialog</name>
    <message>
        <location filename="../src/app/callback/callbacksettingsdialog.cpp" line="65"/>
        <source>Bind address: %1</source>
        <translation>Bindeadresse: %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacksettingsdialog.cpp" line="68"/>
        <source>Public base URL: %1</source>
        <translation>Öffentliche Basis-URL: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackTimelineModel</name>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="36"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="38"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="40"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="42"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="129"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="173"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="175"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="177"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="179"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="181"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="204"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="206"/>
        <source>feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="208"/>
        <source>log (create)</source>
        <translation>Protokoll (anlegen)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="210"/>
        <source>log (append)</source>
        <translation>Protokoll (anhängen)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="212"/>
        <source>timeline record (read)</source>
        <translation>Zeitachsendatensatz (lesen)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="214"/>
        <source>timeline record (update)</source>
        <translation>Zeitachsendatensatz (aktualisieren)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="216"/>
        <source>not a plan endpoint</source>
        <translation>kein Plan-Endpunkt</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="218"/>
        <source>malformed HTTP</source>
        <translation>fehlerhaftes HTTP</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="220"/>
        <source>body too large</source>
        <translation>Anforderungstext zu groß</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="222"/>
        <source>incomplete request</source>
        <translation>unvollständige Anforderung</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackTimelineView</name>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="38"/>
        <source>(no body)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="48"/>
        <source>… (%1 of %2 bytes shown)</source>
        <translation>… (%1 von %2 Bytes angezeigt)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="56"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="58"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="60"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="62"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="79"/>
        <source>Callback verdict</source>
        <translation>Callback-Bewertung</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="83"/>
        <source>Verdict reasons</source>
        <translation>Gründe der Bewertung</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="88"/>
        <source>Plan listener</source>
        <translation>Plan-Listener</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="93"/>
        <source>Requests the plan listener received</source>
        <translation>Vom Plan-Listener empfangene Anforderungen</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="108"/>
        <source>Selected request</source>
        <translation>Ausgewählte Anforderung</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="132"/>
        <source>No Callback run yet.</source>
        <translation>Noch kein Callback-Lauf.</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="142"/>
        <source>Plan listener: %1 · hub %2 · plan %3</source>
        <translation>Plan-Listener: %1 · Hub %2 · Plan %3</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="143"/>
        <source>Waiting for the service to call back…</source>
        <translation>Warten auf den Rückruf des Dienstes …</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="174"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="176"/>
        <source>• warning: %1</source>
        <translation>• Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="212"/>
        <source>Select a request to see its headers and body.</source>
        <translation>Wählen Sie eine Anforderung aus, um ihre Header und ihren Text zu sehen.</translation>
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
        <translation>Empfangen am %1 von %2; beantwortet mit %3; Authentifizierung: %4.
</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="224"/>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="228"/>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="232"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="234"/>
        <source>  (none recorded)</source>
        <translation>  (keine aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="237"/>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackVerdict</name>
    <message>
        <location filename="../src/callback/callbackdryrun.cpp" line="69"/>
        <source>The dry run was cancelled.</source>
        <translation>Der Probelauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackdryrun.cpp" line="70"/>
        <source>The initial call did not succeed, so the task fails before any callback.</source>
        <translation>Der erste Aufruf war nicht erfolgreich, daher schlägt die Aufgabe vor jedem Callback fehl.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="44"/>
        <source>The last request it made was #%1 %2 (%3) at %4, answered %5.</source>
        <translation>Seine letzte Anfrage war #%1 %2 (%3) um %4, beantwortet mit %5.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="139"/>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="145"/>
        <source>Azure DevOps would mark the task as succeeded.</source>
        <translation>Azure DevOps würde die Aufgabe als erfolgreich markieren.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="148"/>
        <source>Azure DevOps would mark the task as succeeded with issues (partially succeeded); RestGate counts only succeeded as a pass.</source>
        <translation>Azure DevOps würde die Aufgabe als erfolgreich mit Problemen (teilweise erfolgreich) markieren; RestGate zählt nur erfolgreich als bestanden.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="153"/>
        <source>Azure DevOps would mark the task as %1.</source>
        <translation>Azure DevOps würde die Aufgabe als %1 markieren.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="158"/>
        <source>The service completed the task: TaskCompleted with result %1 (request #%2%3).</source>
        <translation>Der Dienst hat die Aufgabe abgeschlossen: TaskCompleted mit Ergebnis %1 (Anfrage #%2%3).</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="168"/>
        <source>Azure DevOps would keep the task running until its timeout and then fail it.</source>
        <translation>Azure DevOps würde die Aufgabe bis zu ihrem Timeout weiterlaufen lassen und sie dann fehlschlagen lassen.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="172"/>
        <source>The service never called back: no request reached the listener at %1 in %2.</source>
        <translation>Der Dienst hat nie zurückgerufen: Keine Anfrage hat den Listener unter %1 in %2 erreicht.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="187"/>
        <source>The service called back, but its TaskCompleted (request #%1) was rejected with %2: %3</source>
        <translation>Der Dienst hat zurückgerufen, aber sein TaskCompleted (Anfrage #%1) wurde mit %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="195"/>
        <source>The service never completed the task: no TaskCompleted arrived in %1.</source>
        <translation>Der Dienst hat die Aufgabe nie abgeschlossen: Innerhalb von %1 kam kein TaskCompleted an.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="206"/>
        <source>The wait was cancelled after %1, before the service completed the task.</source>
        <translation>Das Warten wurde nach %1 abgebrochen, bevor der Dienst die Aufgabe abgeschlossen hat.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="210"/>
        <source>No request had reached the listener.</source>
        <translation>Keine Anfrage hatte den Listener erreicht.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="214"/>
        <source>Nothing to wait on: %1</source>
        <translation>Nichts, worauf gewartet werden kann: %1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="226"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="231"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="240"/>
        <source>Timeline (no requests):</source>
        <translation>Zeitleiste (keine Anfragen):</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="241"/>
        <source>Timeline (%1 requests):</source>
        <translation>Zeitleiste (%1 Anfragen):</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="251"/>
        <source>Task log:</source>
        <translation>Aufgabenprotokoll:</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="257"/>
        <source>Variables set by the service:</source>
        <translation>Vom Dienst gesetzte Variablen:</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackWait</name>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="41"/>
        <source>there is no plan listener.</source>
        <translation>es gibt keinen Plan-Listener.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="43"/>
        <source>the plan listener is not listening%1</source>
        <translation>der Plan-Listener lauscht nicht%1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="47"/>
        <source>no plan was started on the listener, so no callback can match.</source>
        <translation>auf dem Listener wurde kein Plan gestartet, daher kann kein Callback passen.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="60"/>
        <source>the plan listener was closed.</source>
        <translation>der Plan-Listener wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="118"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="146"/>
        <source>Colour the verdicts: auto (on a terminal, unless NO_COLOR is set), always or never.</source>
        <translation>Urteile einfärben: auto (auf einem Terminal, außer NO_COLOR ist gesetzt), always oder never.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="218"/>
        <location filename="../src/cli/commandline.cpp" line="352"/>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="227"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="251"/>
        <source>--color takes auto, always or never, not &apos;%1&apos;</source>
        <translation>--color erwartet auto, always oder never, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="261"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="261"/>
        <source>[OPTIONS]</source>
        <translation>[OPTIONEN]</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="264"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="275"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="287"/>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>&apos;%1 --help&apos; zeigt den Aufruf.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="351"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
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
        <translation>Aufruf: restgate-cli BEFEHL [OPTIONEN] ...
       restgate-cli -h|--help | -V|--version

Entwirft Azure-Pipelines-Aufgaben InvokeRESTAPI und führt sie im Probelauf von der Befehlszeile aus.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="49"/>
        <source>Run &apos;restgate-cli help COMMAND&apos; (or &apos;restgate-cli COMMAND --help&apos;) for a command&apos;s options.
Exit status: 0 success, 1 a task failed (or an expression is false), 2 usage or input errors.
</source>
        <translation>&apos;restgate-cli help BEFEHL&apos; (oder &apos;restgate-cli BEFEHL --help&apos;) zeigt die Optionen eines Befehls.
Exit-Status: 0 Erfolg, 1 eine Aufgabe ist fehlgeschlagen (oder ein Ausdruck ist falsch), 2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="60"/>
        <source>Run &apos;restgate-cli --help&apos; for the commands.</source>
        <translation>&apos;restgate-cli --help&apos; zeigt die Befehle.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="70"/>
        <source>Dry-run the tasks of a design document</source>
        <translation>Die Aufgaben eines Entwurfs im Probelauf ausführen</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="71"/>
        <source>Evaluate a success criteria against a response body</source>
        <translation>Erfolgskriterien gegen einen Antworttext auswerten</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="74"/>
        <source>Run the local demo endpoint the sample design targets</source>
        <translation>Den lokalen Demo-Endpunkt starten, auf den der Beispielentwurf zielt</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="77"/>
        <source>Store or clear a connection&apos;s secret in the OS keychain</source>
        <translation>Das Geheimnis einer Verbindung im Schlüsselbund des Systems speichern oder löschen</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="80"/>
        <source>Write tasks as pipeline YAML (step, job, stage) or as curl</source>
        <translation>Aufgaben als Pipeline-YAML (Step, Job, Stage) oder als curl schreiben</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="83"/>
        <source>Find the InvokeRESTAPI steps of a pipeline and add them to a design</source>
        <translation>Die InvokeRESTAPI-Schritte einer Pipeline finden und einem Entwurf hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="86"/>
        <source>Turn a curl command line into a task</source>
        <translation>Eine curl-Befehlszeile in eine Aufgabe umwandeln</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="88"/>
        <source>Show the commands, or one command&apos;s options</source>
        <translation>Die Befehle oder die Optionen eines Befehls anzeigen</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="90"/>
        <source>Print the bash or zsh completion script</source>
        <translation>Das Vervollständigungsskript für bash oder zsh ausgeben</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="100"/>
        <source>Shows the commands of restgate-cli, or the options of one command (the same as &apos;restgate-cli COMMAND --help&apos;).</source>
        <translation>Zeigt die Befehle von restgate-cli oder die Optionen eines Befehls (dasselbe wie &apos;restgate-cli BEFEHL --help&apos;).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="104"/>
        <source>The command to explain.</source>
        <translation>Der zu erklärende Befehl.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="111"/>
        <source>expected at most one command</source>
        <translation>höchstens ein Befehl erwartet</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="120"/>
        <location filename="../src/cli/commandtable.cpp" line="152"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="145"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="15"/>
        <source>Prints the completion script for bash or zsh, made from every command&apos;s options. The package installs both; to try one in the current shell:
  source &lt;(restgate-cli completion bash)</source>
        <translation>Gibt das Vervollständigungsskript für bash oder zsh aus, erzeugt aus den Optionen aller Befehle. Das Paket installiert beide; zum Ausprobieren in der aktuellen Shell:
  source &lt;(restgate-cli completion bash)</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="21"/>
        <source>bash or zsh.</source>
        <translation>bash oder zsh.</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="28"/>
        <source>expected bash or zsh</source>
        <translation>bash oder zsh erwartet</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="80"/>
        <source>Runs the local demo endpoint, a deployment-status API that the sample design targets, until Ctrl+C (SIGINT) or SIGTERM. Point a generic service connection at the URL it prints.</source>
        <translation>Startet den lokalen Demo-Endpunkt, eine Bereitstellungsstatus-API, auf die der Beispielentwurf zielt, bis Strg+C (SIGINT) oder SIGTERM. Richten Sie eine generische Dienstverbindung auf die ausgegebene URL.</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="86"/>
        <source>TCP port to listen on (default %1; 0 picks a free one).</source>
        <translation>TCP-Port, auf dem gelauscht wird (Standard %1; 0 wählt einen freien).</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="92"/>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1; 0.0.0.0 für alle Schnittstellen).</translation>
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
        <translation>Ohne --response gibt es keinen Body: root ist null und keine Body-Regel greift.

Ausgabe: &apos;true&apos; oder &apos;false&apos; auf der Standardausgabe; Fehler, Hinweise und die Ablaufverfolgung auf der Standardfehlerausgabe.
Exit-Status: 0 true, 1 false, 2 ungültiger Ausdruck, Auswertungsfehler, Body-Fehler oder Aufruffehler.

Beispiele:
  restgate-cli eval --response body.json &quot;eq(root[&apos;status&apos;], &apos;successful&apos;)&quot;
  curl -s https://example.test/api | restgate-cli eval -r - --trace &quot;ge(count(root[&apos;items&apos;]), 3)&quot;
  restgate-cli eval --var max=5 -r body.json -- &quot;le(count(root[&apos;workItems&apos;]), \$(max))&quot;
</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="127"/>
        <source>Evaluates an InvokeRESTAPI success criteria the way Azure DevOps does and prints &apos;true&apos; or &apos;false&apos;.</source>
        <translation>Wertet Erfolgskriterien von InvokeRESTAPI so aus, wie Azure DevOps es tut, und gibt &apos;true&apos; oder &apos;false&apos; aus.</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="132"/>
        <source>The response body to judge (&apos;-&apos; reads standard input). It is parsed like the server parses it (Json.NET: comments, single quotes and unquoted names are accepted) and is &apos;root&apos; in the expression. The server&apos;s body rules apply: a body over 2 MB (2097152 bytes) or one that is not JSON is an error, and the verdict the criteria would have had is still shown. Input past 256 MiB (268435456 bytes) is not read: eval stops with an error.</source>
        <translation>Der zu beurteilende Antwort-Body (&apos;-&apos; liest die Standardeingabe). Er wird wie vom Server geparst (Json.NET: Kommentare, einfache Anführungszeichen und Namen ohne Anführungszeichen werden akzeptiert) und ist &apos;root&apos; im Ausdruck. Die Body-Regeln des Servers gelten: Ein Body über 2 MB (2097152 Bytes) oder einer, der kein JSON ist, ist ein Fehler, und das Urteil, das die Kriterien gehabt hätten, wird trotzdem angezeigt. Eingaben über 256 MiB (268435456 Bytes) werden nicht gelesen: eval bricht mit einem Fehler ab.</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="142"/>
        <source>Defines a variable for $(NAME) macros, which are replaced before the expression is parsed (names ignore case; repeat for more).</source>
        <translation>Definiert eine Variable für $(NAME)-Makros, die vor dem Parsen des Ausdrucks ersetzt werden (Groß-/Kleinschreibung der Namen egal; für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="149"/>
        <source>Shows how every sub-expression evaluated (on standard error).</source>
        <translation>Zeigt, wie jeder Teilausdruck ausgewertet wurde (auf der Standardfehlerausgabe).</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="156"/>
        <source>The success criteria. Put -- before it when it starts with &apos;-&apos;: everything after -- is the expression.</source>
        <translation>Die Erfolgskriterien. Setzen Sie -- davor, wenn sie mit &apos;-&apos; beginnen: Alles nach -- ist der Ausdruck.</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="162"/>
        <source>put -- before an expression that starts with &apos;-&apos;</source>
        <translation>setzen Sie -- vor einen Ausdruck, der mit &apos;-&apos; beginnt</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="39"/>
        <source>Writes tasks of a design document as Azure Pipelines YAML (a step, a job with pool: server, or a stage around that job) or as a curl command, to standard output. Without --task, every task of the design: as steps, or as one job (stage) named after the design.

YAML the published pipeline schema would reject is still written, with a warning on standard error. curl commands expand the design&apos;s variables and refer to secrets as $RESTGATE_SECRET_&lt;NAME&gt;; they never contain one.</source>
        <translation>Schreibt Aufgaben eines Entwurfs als Azure-Pipelines-YAML (ein Schritt, ein Job mit pool: server oder eine Stage um diesen Job) oder als curl-Befehl auf die Standardausgabe. Ohne --task jede Aufgabe des Entwurfs: als Schritte oder als ein Job (eine Stage), benannt nach dem Entwurf.

YAML, das das veröffentlichte Pipeline-Schema ablehnen würde, wird trotzdem geschrieben, mit einer Warnung auf der Standardfehlerausgabe. curl-Befehle setzen die Variablen des Entwurfs ein und verweisen auf Geheimnisse als $RESTGATE_SECRET_&lt;NAME&gt;; sie enthalten nie eines.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="49"/>
        <source>The design document (*.restgate.yml).</source>
        <translation>Der Entwurf (*.restgate.yml).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="52"/>
        <source>Export this task: its number (from 1) or display name. Repeatable.</source>
        <translation>Diese Aufgabe exportieren: ihre Nummer (ab 1) oder ihr Anzeigename. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="58"/>
        <source>step (default), job, stage or curl.</source>
        <translation>step (Standard), job, stage oder curl.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="62"/>
        <source>Write inputs under their task.json names (connectedServiceName, ...) instead of the YAML names (serviceConnection, ...).</source>
        <translation>Eingaben unter ihren task.json-Namen (connectedServiceName, ...) statt der YAML-Namen (serviceConnection, ...) schreiben.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="68"/>
        <source>Also write inputs that equal their default.</source>
        <translation>Auch Eingaben schreiben, die ihrem Standardwert entsprechen.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="71"/>
        <source>For --as curl: posix (default) or powershell.</source>
        <translation>Für --as curl: posix (Standard) oder powershell.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="75"/>
        <source>The job/stage identifier (default: from the display name).</source>
        <translation>Der Bezeichner des Jobs/der Stage (Standard: aus dem Anzeigenamen).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="80"/>
        <source>The job/stage display name.</source>
        <translation>Der Anzeigename des Jobs/der Stage.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="83"/>
        <source>For --as curl: set a variable for $(NAME). Repeatable.</source>
        <translation>Für --as curl: eine Variable für $(NAME) setzen. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="88"/>
        <source>For --as curl: use the document&apos;s named variable set.</source>
        <translation>Für --as curl: den benannten Variablensatz des Dokuments verwenden.</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="78"/>
        <source>Simulate a release gate / Invoke REST API check: re-evaluate the task at this interval (&quot;Time between re-evaluation of gates&quot;), e.g. 5m.</source>
        <translation>Ein Release-Gate / eine Invoke-REST-API-Prüfung simulieren: die Aufgabe in diesem Abstand erneut auswerten (&quot;Time between re-evaluation of gates&quot;), z. B. 5m.</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="84"/>
        <source>With --poll: how long the task must keep passing (&quot;Minimum duration for steady results&quot;; default 0: the first pass ends the gate).</source>
        <translation>Mit --poll: wie lange die Aufgabe weiter bestehen muss (&quot;Minimum duration for steady results&quot;; Standard 0: Das erste Bestehen beendet das Gate).</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="90"/>
        <source>With --poll (required): the gate fails when it has not succeeded by then (&quot;Timeout after which gates fail&quot;, counted from the start).</source>
        <translation>Mit --poll (erforderlich): Das Gate schlägt fehl, wenn es bis dahin nicht erfolgreich war (&quot;Timeout after which gates fail&quot;, ab dem Start gezählt).</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="96"/>
        <source>With --poll: wait this long before the first evaluation (&quot;Delay before evaluation&quot;; default 0, at most 48h).</source>
        <translation>Mit --poll: so lange vor der ersten Auswertung warten (&quot;Delay before evaluation&quot;; Standard 0, höchstens 48h).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="37"/>
        <source>Finds every InvokeRESTAPI@0/@1 step in an Azure Pipelines YAML file (or the ```yaml blocks of a Markdown file) and lists where it stands and what Azure DevOps would object to. With -o, adds the tasks to a design document (created, or merged into when it exists), with placeholder connections for the ones it names.

Exit status: 0 steps found, 1 the file holds no InvokeRESTAPI step, 2 errors (malformed YAML, a design that cannot be read or written).</source>
        <translation>Findet jeden InvokeRESTAPI@0/@1-Schritt in einer Azure-Pipelines-YAML-Datei (oder in den ```yaml-Blöcken einer Markdown-Datei) und listet auf, wo er steht und was Azure DevOps bemängeln würde. Mit -o werden die Aufgaben einem Entwurf hinzugefügt (neu angelegt oder zusammengeführt, wenn er existiert), mit Platzhalter-Verbindungen für die, die sie nennen.

Exit-Status: 0 Schritte gefunden, 1 die Datei enthält keinen InvokeRESTAPI-Schritt, 2 Fehler (fehlerhaftes YAML, ein Entwurf, der nicht gelesen oder geschrieben werden kann).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="47"/>
        <source>The pipeline file (*.yml, *.md).</source>
        <translation>Die Pipeline-Datei (*.yml, *.md).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="50"/>
        <source>Write (or merge into) this design document.</source>
        <translation>In diesen Entwurf schreiben (oder zusammenführen).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="19"/>
        <source>Turns a curl command line into an InvokeRESTAPI task: the URL is split into a connection (scheme, host and base path; an existing connection of DESIGN with the same base URL is reused) and the task&apos;s URL suffix. The command comes from the arguments (one quoted string, or the words after the options) or, with &apos;-&apos; or nothing, from standard input. Options curl would use that the task cannot express are listed.
A password (-u user:password) or bearer token is never written anywhere: set RESTGATE_SECRET_&lt;NAME&gt;.</source>
        <translation>Macht aus einer curl-Befehlszeile eine InvokeRESTAPI-Aufgabe: Die URL wird in eine Verbindung (Schema, Host und Basispfad; eine vorhandene Verbindung von DESIGN mit derselben Basis-URL wird wiederverwendet) und das URL-Suffix der Aufgabe aufgeteilt. Der Befehl kommt aus den Argumenten (eine Zeichenkette in Anführungszeichen oder die Wörter nach den Optionen) oder, mit &apos;-&apos; oder ohne Argument, von der Standardeingabe. Optionen, die curl verwenden würde und die die Aufgabe nicht ausdrücken kann, werden aufgelistet.
Ein Passwort (-u user:password) oder Bearer-Token wird nirgends geschrieben: Setzen Sie RESTGATE_SECRET_&lt;NAME&gt;.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="30"/>
        <source>Add the task to this design (created, or merged into); without it the design is written to standard output.</source>
        <translation>Die Aufgabe diesem Entwurf hinzufügen (neu angelegt oder zusammengeführt); ohne diese Option wird der Entwurf auf die Standardausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="36"/>
        <source>The task&apos;s display name (default: METHOD host/path).</source>
        <translation>Der Anzeigename der Aufgabe (Standard: METHODE Host/Pfad).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="39"/>
        <source>Split the URL here (the connection URL), e.g. https://api.example.com/v1/</source>
        <translation>Die URL hier aufteilen (die Verbindungs-URL), z. B. https://api.example.com/v1/</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="46"/>
        <source>The curl command: one quoted string, the words after the options (after -- when they start with an option of import-curl&apos;s), or &apos;-&apos; for standard input.</source>
        <translation>Der curl-Befehl: eine Zeichenkette in Anführungszeichen, die Wörter nach den Optionen (nach --, wenn sie mit einer Option von import-curl beginnen) oder &apos;-&apos; für die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="82"/>
        <source>Dry-runs the tasks of a design document with the rules Azure DevOps applies: the whole call within 20 seconds, 200 OK, and the success criteria.

Passwords and tokens are read from RESTGATE_SECRET_&lt;CONNECTION&gt; (the connection name upper-cased, other characters as &apos;_&apos;). Non-secret variables come from RESTGATE_VAR_&lt;NAME&gt;; --var wins over --var-file, which wins over the environment, which wins over the design.

Exit status: 0 all tasks passed; 1 a task failed (the status rule, the criteria or the time limit said no); 2 usage or document errors, or a task that never got an answer (connection refused, DNS, TLS, a broken connection, a missing secret); 130 interrupted (Ctrl+C), after writing what finished.</source>
        <translation>Führt die Aufgaben eines Entwurfs im Probelauf mit den Regeln von Azure DevOps aus: der ganze Aufruf innerhalb von 20 Sekunden, 200 OK und die Erfolgskriterien.

Passwörter und Tokens werden aus RESTGATE_SECRET_&lt;CONNECTION&gt; gelesen (der Verbindungsname in Großbuchstaben, andere Zeichen als &apos;_&apos;). Nicht geheime Variablen kommen aus RESTGATE_VAR_&lt;NAME&gt;; --var geht vor --var-file, das vor der Umgebung geht, die vor dem Entwurf geht.

Exit-Status: 0 alle Aufgaben bestanden; 1 eine Aufgabe ist fehlgeschlagen (die Statusregel, die Kriterien oder das Zeitlimit sagten nein); 2 Aufruf- oder Dokumentfehler oder eine Aufgabe, die nie eine Antwort bekam (Verbindung abgelehnt, DNS, TLS, eine abgebrochene Verbindung, ein fehlendes Geheimnis); 130 unterbrochen (Strg+C), nachdem das Fertige geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="95"/>
        <source>Design documents (*.restgate.yml), directories of them, wildcard patterns, or - for one design on standard input.</source>
        <translation>Entwürfe (*.restgate.yml), Verzeichnisse davon, Platzhaltermuster oder - für einen Entwurf auf der Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="101"/>
        <source>Run only this task: its number (from 1) or display name. Repeatable.</source>
        <translation>Nur diese Aufgabe ausführen: ihre Nummer (ab 1) oder ihr Anzeigename. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="107"/>
        <source>Set a dry-run variable for $(NAME). Repeatable.</source>
        <translation>Eine Probelauf-Variable für $(NAME) setzen. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="111"/>
        <source>Use the document&apos;s named variable set (e.g. prod).</source>
        <translation>Den benannten Variablensatz des Dokuments verwenden (z. B. prod).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="115"/>
        <source>Output: text (default) or json (one JSON object per task per line, then a summary line; &quot;format&quot;: 2).</source>
        <translation>Ausgabe: text (Standard) oder json (ein JSON-Objekt pro Aufgabe und Zeile, dann eine Zusammenfassungszeile; &quot;format&quot;: 2).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="121"/>
        <source>Also write a JUnit XML report.</source>
        <translation>Zusätzlich einen JUnit-XML-Bericht schreiben.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="125"/>
        <source>Show how each success criteria was evaluated.</source>
        <translation>Zeigen, wie die Erfolgskriterien ausgewertet wurden.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="128"/>
        <source>The API-response limit in seconds (default 20, the server&apos;s).</source>
        <translation>Das Zeitlimit für die API-Antwort in Sekunden (Standard 20, das des Servers).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="134"/>
        <source>Dry-run option: treat any 2xx status as success. Azure DevOps documents 200 OK as the rule.</source>
        <translation>Probelauf-Option: jeden 2xx-Status als Erfolg werten. Azure DevOps dokumentiert 200 OK als Regel.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="139"/>
        <source>Stop reading a response after this many bytes (default 256 MiB).</source>
        <translation>Das Lesen einer Antwort nach so vielen Bytes beenden (Standard 256 MiB).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="145"/>
        <source>Callback tasks: where the local plan listener binds (default 127.0.0.1:0, a free port).</source>
        <translation>Callback-Aufgaben: wo der lokale Plan-Listener lauscht (Standard 127.0.0.1:0, ein freier Port).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="151"/>
        <source>Callback tasks: the URL the service reaches the listener at (e.g. a tunnel); becomes system.CollectionUri.</source>
        <translation>Callback-Aufgaben: die URL, unter der der Dienst den Listener erreicht (z. B. ein Tunnel); wird zu system.CollectionUri.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="158"/>
        <source>Callback tasks: how long to wait for TaskCompleted (default: the task&apos;s timeout, or 60 minutes).</source>
        <translation>Callback-Aufgaben: wie lange auf TaskCompleted gewartet wird (Standard: der Timeout der Aufgabe oder 60 Minuten).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="165"/>
        <source>Callback tasks: the plan&apos;s hub, system.HostType (build, release, gates, checks; default build).</source>
        <translation>Callback-Aufgaben: der Hub des Plans, system.HostType (build, release, gates, checks; Standard build).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="171"/>
        <source>Read dry-run variables from NAME=VALUE lines (# starts a comment). Repeatable; --var wins.</source>
        <translation>Probelauf-Variablen aus NAME=VALUE-Zeilen lesen (# beginnt einen Kommentar). Wiederholbar; --var geht vor.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="177"/>
        <source>Run only tasks whose display name matches PATTERN (* any text, ? one character, case-insensitive). Repeatable.</source>
        <translation>Nur Aufgaben ausführen, deren Anzeigename auf PATTERN passt (* beliebiger Text, ? ein Zeichen, ohne Groß-/Kleinschreibung). Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="183"/>
        <source>Stop after the first task that does not pass.</source>
        <translation>Nach der ersten Aufgabe anhalten, die nicht besteht.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="186"/>
        <source>Run up to N tasks at once (default 1); output stays in order. Callback tasks run alone.</source>
        <translation>Bis zu N Aufgaben gleichzeitig ausführen (Standard 1); die Ausgabe bleibt in Reihenfolge. Callback-Aufgaben laufen allein.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="192"/>
        <source>Show request and response headers and bodies (redacted, 64 KB at most per body).</source>
        <translation>Anfrage- und Antwort-Header und -Bodys zeigen (geschwärzt, höchstens 64 KB pro Body).</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="273"/>
        <source>Stores a connection&apos;s secret in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager), or removes it. &apos;set&apos; reads the secret from standard input, never from the command line: typed at a terminal it is not echoed; piped, one trailing newline is dropped.

With --design the connection is looked up in that design document and its secret is stored under the connection&apos;s stable id (its &apos;id:&apos;, or the id its name gives when it has none). Without --design, under the id the name gives.

--kind defaults to what the connection&apos;s authentication needs: password (Generic), client-secret (Azure RM service principal), token (Azure RM access token, Azure DevOps PAT); without --design, password.

RESTGATE_SECRET_&lt;CONNECTION&gt; (the name upper-cased, other characters as &apos;_&apos;), when set, overrides the keychain for &apos;restgate-cli run&apos;.</source>
        <translation>Speichert das Geheimnis einer Verbindung im Schlüsselbund des Betriebssystems (Secret Service, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung) oder entfernt es. &apos;set&apos; liest das Geheimnis von der Standardeingabe, nie von der Befehlszeile: Am Terminal eingegeben wird es nicht angezeigt; über eine Pipe wird ein abschließender Zeilenumbruch entfernt.

Mit --design wird die Verbindung in diesem Entwurf gesucht und ihr Geheimnis unter der stabilen ID der Verbindung gespeichert (ihrer &apos;id:&apos; oder der ID, die ihr Name ergibt, wenn sie keine hat). Ohne --design unter der ID, die der Name ergibt.

--kind ist standardmäßig das, was die Authentifizierung der Verbindung braucht: password (Generic), client-secret (Azure-RM-Dienstprinzipal), token (Azure-RM-Zugriffstoken, Azure-DevOps-PAT); ohne --design password.

RESTGATE_SECRET_&lt;CONNECTION&gt; (der Name in Großbuchstaben, andere Zeichen als &apos;_&apos;) hat, wenn gesetzt, für &apos;restgate-cli run&apos; Vorrang vor dem Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="287"/>
        <source>The design document the connection is in.</source>
        <translation>Der Entwurf, in dem die Verbindung steht.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="291"/>
        <source>password, token or client-secret.</source>
        <translation>password, token oder client-secret.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="296"/>
        <source>set stores a secret, clear removes it.</source>
        <translation>set speichert ein Geheimnis, clear entfernt es.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="299"/>
        <source>The connection&apos;s name.</source>
        <translation>Der Name der Verbindung.</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Errors</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="96"/>
        <source>expected one design document</source>
        <translation>einen Entwurf erwartet</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="102"/>
        <source>--as must be step, job, stage or curl</source>
        <translation>--as muss step, job, stage oder curl sein</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="108"/>
        <source>--shell must be posix or powershell</source>
        <translation>--shell muss posix oder powershell sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/exportcommand.cpp" line="126"/>
        <location filename="../src/cli/runcommand.cpp" line="361"/>
        <source>no task &apos;%1&apos; (the document has %n task(s); numbers count from 1)</source>
        <translation>
            <numerusform>keine Aufgabe &apos;%1&apos; (das Dokument hat %n Aufgabe; Nummern zählen ab 1)</numerusform>
            <numerusform>keine Aufgabe &apos;%1&apos; (das Dokument hat %n Aufgaben; Nummern zählen ab 1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="141"/>
        <location filename="../src/cli/runcommand.cpp" line="379"/>
        <source>the document has no tasks</source>
        <translation>das Dokument hat keine Aufgaben</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="153"/>
        <location filename="../src/cli/runcommand.cpp" line="335"/>
        <source>the document has no variable set &apos;%1&apos;</source>
        <translation>das Dokument hat keinen Variablensatz &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="206"/>
        <source>--name must be an identifier (A-Z, a-z, 0-9, &apos;_&apos;, not starting with a digit)</source>
        <translation>--name muss ein Bezeichner sein (A-Z, a-z, 0-9, &apos;_&apos;, nicht mit einer Ziffer am Anfang)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="57"/>
        <source>expected one pipeline file</source>
        <translation>eine Pipeline-Datei erwartet</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="63"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="69"/>
        <source>no InvokeRESTAPI step found</source>
        <translation>kein InvokeRESTAPI-Schritt gefunden</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="106"/>
        <location filename="../src/cli/importcommand.cpp" line="114"/>
        <location filename="../src/cli/importcurlcommand.cpp" line="87"/>
        <location filename="../src/cli/importcurlcommand.cpp" line="120"/>
        <source>The design was not changed.</source>
        <translation>Der Entwurf wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="68"/>
        <location filename="../src/cli/runcommand.cpp" line="37"/>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="97"/>
        <source>unsupported (not imported): %1</source>
        <translation>nicht unterstützt (nicht importiert): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="100"/>
        <source>ignored (does not change the request): %1</source>
        <translation>ignoriert (ändert die Anfrage nicht): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="106"/>
        <source>The password is not stored. For a dry run set %1 (or store it with &apos;restgate-cli secret&apos;).</source>
        <translation>Das Kennwort wird nicht gespeichert. Für einen Probelauf %1 setzen (oder es mit &apos;restgate-cli secret&apos; speichern).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="50"/>
        <source>the design on standard input is longer than %1 bytes</source>
        <translation>der Entwurf auf der Standardeingabe ist länger als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="206"/>
        <source>expected one design document or more</source>
        <translation>ein oder mehrere Entwürfe erwartet</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="213"/>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="224"/>
        <source>--timeout takes a number of seconds above 0 and at most %1 (got &apos;%2&apos;)</source>
        <translation>--timeout erwartet eine Sekundenzahl über 0 und höchstens %1 (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="237"/>
        <source>--max-body-bytes must be above 2097152 (the server&apos;s 2 MB criteria limit)</source>
        <translation>--max-body-bytes muss über 2097152 liegen (die 2-MB-Grenze des Servers für Kriterien)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="258"/>
        <source>--jobs takes a number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--jobs erwartet eine Zahl von 1 bis %1 (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="277"/>
        <source>--public-url is not a valid URL</source>
        <translation>--public-url ist keine gültige URL</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="291"/>
        <source>--callback-timeout takes a number of seconds from 0 to %1 (got &apos;%2&apos;)</source>
        <translation>--callback-timeout erwartet eine Sekundenzahl von 0 bis %1 (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="308"/>
        <source>--task picks tasks of one design; with several, use --name PATTERN</source>
        <translation>--task wählt Aufgaben eines Entwurfs; bei mehreren --name MUSTER verwenden</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="390"/>
        <source>no task&apos;s display name matches %1</source>
        <translation>kein Anzeigename einer Aufgabe passt zu %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="399"/>
        <source>a gate simulation evaluates a task of one design</source>
        <translation>eine Gate-Simulation wertet eine Aufgabe eines Entwurfs aus</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="466"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="106"/>
        <source>--port takes a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="114"/>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not &apos;%1&apos;</source>
        <translation>--bind erwartet eine IP-Adresse wie 127.0.0.1 oder 0.0.0.0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="125"/>
        <source>cannot install the SIGINT/SIGTERM handlers</source>
        <translation>die SIGINT/SIGTERM-Handler können nicht installiert werden</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="61"/>
        <source>at line %1, column %2:</source>
        <translation>in Zeile %1, Spalte %2:</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="87"/>
        <location filename="../src/cli/evalcommand.cpp" line="97"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="107"/>
        <source>%1 is longer than %2 bytes (256 MiB), the most eval reads; the server judges nothing over 2 MB (2097152 bytes) anyway</source>
        <translation>%1 ist länger als %2 Bytes (256 MiB), mehr liest eval nicht; der Server beurteilt ohnehin nichts über 2 MB (2097152 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="111"/>
        <source>the response on standard input</source>
        <translation>die Antwort auf der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="176"/>
        <source>missing EXPRESSION</source>
        <translation>EXPRESSION fehlt</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="177"/>
        <source>expected one EXPRESSION, got %1 (quote the expression)</source>
        <translation>eine EXPRESSION erwartet, %1 erhalten (den Ausdruck in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="199"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="210"/>
        <source>the expression is empty; a task without success criteria ignores the response body</source>
        <translation>der Ausdruck ist leer; eine Aufgabe ohne Erfolgskriterien ignoriert den Antwort-Body</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="220"/>
        <location filename="../src/cli/evalcommand.cpp" line="225"/>
        <source>hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="229"/>
        <source>(the body has %1 bytes; the limit is %2)</source>
        <translation>(der Body hat %1 Bytes; die Grenze ist %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="234"/>
        <source>dry run, ignoring the limit: the criteria would be %1</source>
        <translation>Probelauf ohne die Grenze: die Kriterien wären %1</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="95"/>
        <source>cannot read the terminal settings of standard input</source>
        <translation>die Terminaleinstellungen der Standardeingabe können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="114"/>
        <source>cannot turn off echo on the terminal, so the secret is not read from it</source>
        <translation>das Echo des Terminals lässt sich nicht abschalten, daher wird das Geheimnis nicht von dort gelesen</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="131"/>
        <source>cannot read the secret from the terminal</source>
        <translation>das Geheimnis kann nicht vom Terminal gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="139"/>
        <source>cannot read the secret from standard input (more than 64 KiB?)</source>
        <translation>das Geheimnis kann nicht von der Standardeingabe gelesen werden (mehr als 64 KiB?)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="170"/>
        <source>the connection name is empty</source>
        <translation>der Verbindungsname ist leer</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="197"/>
        <source>%1 has no connection &apos;%2&apos;</source>
        <translation>%1 hat keine Verbindung &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="200"/>
        <source>%1 has no connection &apos;%2&apos; (it has: %3)</source>
        <translation>%1 hat keine Verbindung &apos;%2&apos; (vorhanden: %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="234"/>
        <source>connection &apos;%1&apos; gets its token from the Azure CLI (&apos;az login&apos;) and has no secret to store; pass --kind to store one anyway</source>
        <translation>Verbindung &apos;%1&apos; bezieht ihr Token von der Azure CLI (&apos;az login&apos;) und hat kein Geheimnis zu speichern; mit --kind trotzdem eines speichern</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="256"/>
        <source>. Without a keychain restgate-cli cannot keep a secret between runs: set %1 in the environment of &apos;restgate-cli run&apos; instead</source>
        <translation>. Ohne Schlüsselbund kann restgate-cli kein Geheimnis zwischen Läufen behalten: setzen Sie stattdessen %1 in der Umgebung von &apos;restgate-cli run&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="305"/>
        <source>expected set or clear and a connection name</source>
        <translation>set oder clear und ein Verbindungsname erwartet</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="308"/>
        <source>unknown action &apos;%1&apos; (set or clear)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (set oder clear)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="317"/>
        <source>the secret is read from standard input, never from the command line; run
  %1
or type it at the prompt</source>
        <translation>das Geheimnis wird von der Standardeingabe gelesen, nie von der Befehlszeile; führen Sie
  %1
aus oder geben Sie es an der Eingabeaufforderung ein</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="327"/>
        <source>expected one connection name</source>
        <translation>ein Verbindungsname erwartet</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="329"/>
        <source>Run &apos;restgate-cli secret --help&apos; for usage.</source>
        <translation>&apos;restgate-cli secret --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="343"/>
        <source>--kind must be password, token or client-secret</source>
        <translation>--kind muss password, token oder client-secret sein</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="400"/>
        <source>no secret on standard input (to remove one: %1)</source>
        <translation>kein Geheimnis auf der Standardeingabe (zum Entfernen: %1)</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Gate</name>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="35"/>
        <source>--%1 takes a duration such as 30s, 5m, 1h30m or 250ms (got &apos;%2&apos;)</source>
        <translation>--%1 nimmt eine Dauer wie 30s, 5m, 1h30m oder 250ms (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="51"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="118"/>
        <source>a gate simulation needs both --poll INTERVAL and --gate-timeout DURATION</source>
        <translation>eine Gate-Simulation braucht sowohl --poll INTERVAL als auch --gate-timeout DURATION</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="121"/>
        <source>--junit is not written for a gate simulation (--poll)</source>
        <translation>--junit wird für eine Gate-Simulation (--poll) nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="144"/>
        <source>a gate simulation evaluates one task; the design has %1 enabled: pick one with --task</source>
        <translation>eine Gate-Simulation wertet eine Aufgabe aus; der Entwurf hat %1 aktivierte: Wählen Sie eine mit --task</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="183"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="185"/>
        <source>Gate: %1 — every %2, steady for %3, timeout %4, delay %5</source>
        <translation>Gate: %1 — alle %2, stabil für %3, Timeout %4, Verzögerung %5</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::NetworkOptions</name>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="28"/>
        <source>--%1: the environment variable &apos;%2&apos; is not set</source>
        <translation>--%1: Die Umgebungsvariable &apos;%2&apos; ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="43"/>
        <source>Also trust the CA certificates in FILE (PEM or DER). Repeatable. SSL_CERT_FILE and SSL_CERT_DIR are honoured too.</source>
        <translation>Zusätzlich den CA-Zertifikaten in FILE vertrauen (PEM oder DER). Wiederholbar. SSL_CERT_FILE und SSL_CERT_DIR werden ebenfalls beachtet.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="49"/>
        <source>Also trust the CA certificates in DIR. Repeatable.</source>
        <translation>Zusätzlich den CA-Zertifikaten in DIR vertrauen. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="53"/>
        <source>Client certificate: PEM (with --key, or the key in the same file) or PKCS#12 (.p12/.pfx).</source>
        <translation>Client-Zertifikat: PEM (mit --key oder dem Schlüssel in derselben Datei) oder PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="58"/>
        <source>The client certificate&apos;s PEM private key.</source>
        <translation>Der private PEM-Schlüssel des Client-Zertifikats.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="61"/>
        <source>Read the key or PKCS#12 password from environment variable NAME (never a password on the command line).</source>
        <translation>Das Passwort des Schlüssels oder der PKCS#12-Datei aus der Umgebungsvariable NAME lesen (nie ein Passwort auf der Befehlszeile).</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="67"/>
        <source>Do not check the server&apos;s TLS certificate. Every output then says the certificate was not checked.</source>
        <translation>Das TLS-Zertifikat des Servers nicht prüfen. Jede Ausgabe sagt dann, dass das Zertifikat nicht geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="72"/>
        <source>Use this proxy (http://, socks5://, socks5h://; user@ allowed) instead of HTTPS_PROXY / HTTP_PROXY / ALL_PROXY. &quot;&quot; means none.</source>
        <translation>Diesen Proxy verwenden (http://, socks5://, socks5h://; user@ erlaubt) statt HTTPS_PROXY / HTTP_PROXY / ALL_PROXY. &quot;&quot; bedeutet keinen.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="78"/>
        <source>Hosts that bypass the proxy, curl&apos;s syntax: comma-separated names (subdomains match), addresses, subnets, host:port, or *. Replaces NO_PROXY.</source>
        <translation>Hosts, die den Proxy umgehen, in curls Syntax: kommagetrennte Namen (Subdomains passen), Adressen, Subnetze, host:port oder *. Ersetzt NO_PROXY.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="84"/>
        <source>Read the proxy password from environment variable NAME.</source>
        <translation>Das Proxy-Passwort aus der Umgebungsvariable NAME lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="88"/>
        <source>Stop at the first redirect (3xx) instead of following it.</source>
        <translation>Bei der ersten Umleitung (3xx) anhalten, statt ihr zu folgen.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="103"/>
        <source>--key needs --cert</source>
        <translation>--key braucht --cert</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="108"/>
        <source>--cert-password-env needs --cert</source>
        <translation>--cert-password-env braucht --cert</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="133"/>
        <source>no such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="139"/>
        <source>--capath: no such directory: %1</source>
        <translation>--capath: Verzeichnis nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Secret</name>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="27"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="30"/>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="32"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="34"/>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="247"/>
        <source>entry %1 of service %2</source>
        <translation>Eintrag %1 des Dienstes %2</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="356"/>
        <source>No %1 was stored for connection &apos;%2&apos; (id %3).</source>
        <translation>Für die Verbindung &apos;%2&apos; (ID %3) war kein %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="367"/>
        <source>Removed 1 secret of connection &apos;%1&apos; (id %2) from the OS keychain.</source>
        <translation>1 Geheimnis der Verbindung &apos;%1&apos; (ID %2) aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="370"/>
        <source>Removed %1 secrets of connection &apos;%2&apos; (id %3) from the OS keychain.</source>
        <translation>%1 Geheimnisse der Verbindung &apos;%2&apos; (ID %3) aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="392"/>
        <source>%1 for connection &apos;%2&apos; (input hidden): </source>
        <translation>%1 für die Verbindung &apos;%2&apos; (Eingabe verborgen): </translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="412"/>
        <source>Stored the %1 of connection &apos;%2&apos; in the OS keychain (%3).</source>
        <translation>Das %1 der Verbindung &apos;%2&apos; wurde im Schlüsselbund des Systems gespeichert (%3).</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="417"/>
        <source>note: %1 is set here and overrides the keychain for &apos;restgate-cli run&apos;.</source>
        <translation>Hinweis: %1 ist hier gesetzt und hat für &apos;restgate-cli run&apos; Vorrang vor dem Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>RestGate::ConnectionTest</name>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="64"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="140"/>
        <source>No answer from %1 in time: the server is not reachable.</source>
        <translation>Keine rechtzeitige Antwort von %1: Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="141"/>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="153"/>
        <source>No credentials were sent: the connection has no user name or password, so the request carried an empty &apos;Authorization: Basic Og==&apos;.</source>
        <translation>Es wurden keine Anmeldeinformationen gesendet: Die Verbindung hat weder Benutzernamen noch Kennwort, daher trug die Anfrage ein leeres &apos;Authorization: Basic Og==&apos;.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="157"/>
        <source>Reachable: GET %1 answered %2. %3 The server asks for none here, so this tests no credentials.</source>
        <translation>Erreichbar: GET %1 antwortete %2. %3 Der Server verlangt hier keine, daher prüft dies keine Anmeldeinformationen.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="162"/>
        <source>Reachable, but GET %1 answered %2: the server wants credentials. %3 Add a user name and password.</source>
        <translation>Erreichbar, aber GET %1 antwortete %2: Der Server verlangt Anmeldeinformationen. %3 Fügen Sie einen Benutzernamen und ein Kennwort hinzu.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="167"/>
        <source>Reachable: GET %1 answered %2, which is not success. %3</source>
        <translation>Erreichbar: GET %1 antwortete %2, was kein Erfolg ist. %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="171"/>
        <source>Reachable, and the credentials were accepted: GET %1 answered %2.</source>
        <translation>Erreichbar, und die Anmeldeinformationen wurden angenommen: GET %1 antwortete %2.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="174"/>
        <source>Reachable, but the credentials were refused: GET %1 answered %2.</source>
        <translation>Erreichbar, aber die Anmeldeinformationen wurden abgelehnt: GET %1 antwortete %2.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="177"/>
        <source>Reachable: GET %1 answered %2. The credentials were not refused, but the base URL itself does not answer with success.</source>
        <translation>Erreichbar: GET %1 antwortete %2. Die Anmeldeinformationen wurden nicht abgelehnt, aber die Basis-URL selbst antwortet nicht mit Erfolg.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="229"/>
        <source>The connection has no URL to test.</source>
        <translation>Die Verbindung hat keine URL zum Testen.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="230"/>
        <source>&apos;%1&apos; is not an absolute http or https URL.</source>
        <translation>&apos;%1&apos; ist keine absolute http- oder https-URL.</translation>
    </message>
</context>
<context>
    <name>RestGate::ConnectionsDialog</name>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="47"/>
        <source>Generic</source>
        <translation>Generisch</translation>
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
        <translation>Benutzerdefiniert (Azure Stack, private Cloud)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="75"/>
        <source>Service principal secret</source>
        <translation>Geheimnis des Dienstprinzipals</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="77"/>
        <source>Azure CLI (az login)</source>
        <translation>Azure CLI (az login)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="79"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="81"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="91"/>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="93"/>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="95"/>
        <source>personal access token</source>
        <translation>Zugriffstoken (PAT)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="96"/>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="100"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="291"/>
        <source>-copy</source>
        <translation>-Kopie</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="455"/>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="507"/>
        <source>The new %1 is stored in the OS keychain when you click OK.</source>
        <translation>Das neue %1 wird beim Klick auf OK im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="508"/>
        <source>The stored %1 is removed from the OS keychain when you click OK.</source>
        <translation>Das gespeicherte %1 wird beim Klick auf OK aus dem Schlüsselbund des Betriebssystems entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="511"/>
        <source>The %1 of &apos;%2&apos;, if one is stored, is copied to this connection when you click OK.</source>
        <translation>Das %1 von „%2“ wird, falls gespeichert, beim Klick auf OK in diese Verbindung kopiert.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="517"/>
        <source>Checking the OS keychain…</source>
        <translation>Schlüsselbund des Betriebssystems wird geprüft …</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="520"/>
        <source>A %1 is kept in memory for this run only.</source>
        <translation>Ein %1 wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="521"/>
        <source>A %1 is stored in the OS keychain.</source>
        <translation>Ein %1 ist im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="526"/>
        <source>No %1 is stored; requests are sent with an empty one.</source>
        <translation>Kein %1 gespeichert; Anforderungen werden mit einem leeren gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="527"/>
        <source>No %1 is stored.</source>
        <translation>Kein %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="530"/>
        <source>The OS keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund des Betriebssystems kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="596"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="619"/>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="622"/>
        <source>Two connections are named &apos;%1&apos;; Azure DevOps tells names apart ignoring case, so each needs its own.</source>
        <translation>Zwei Verbindungen heißen „%1“; Azure DevOps unterscheidet Namen ohne Beachtung der Groß-/Kleinschreibung, daher braucht jede einen eigenen.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="693"/>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="708"/>
        <source>Saving the secrets failed: %1</source>
        <translation>Speichern der Geheimnisse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="721"/>
        <source>Saving the secrets in the OS keychain…</source>
        <translation>Geheimnisse werden im Schlüsselbund des Betriebssystems gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="331"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="332"/>
        <source>%n task(s) use the connection “%1”. Delete it anyway? They will refer to a connection the design no longer has, and cannot be sent until you choose another.</source>
        <translation>
            <numerusform>%n Task verwendet die Verbindung „%1“. Trotzdem löschen? Er verweist dann auf eine Verbindung, die der Entwurf nicht mehr hat, und kann erst gesendet werden, wenn Sie eine andere wählen.</numerusform>
            <numerusform>%n Tasks verwenden die Verbindung „%1“. Trotzdem löschen? Sie verweisen dann auf eine Verbindung, die der Entwurf nicht mehr hat, und können erst gesendet werden, wenn Sie eine andere wählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestGate::CredentialResolver</name>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="21"/>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="23"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="25"/>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="124"/>
        <source>Resolving the connection&apos;s credential was cancelled.</source>
        <translation>Das Ermitteln der Anmeldeinformationen der Verbindung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="163"/>
        <source>Connection &apos;%1&apos;: %2</source>
        <translation>Verbindung &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="189"/>
        <source>No password is stored for connection &apos;%1&apos;: sending an empty one.</source>
        <translation>Für die Verbindung &apos;%1&apos; ist kein Kennwort gespeichert: Es wird ein leeres gesendet.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="303"/>
        <source>Connection &apos;%1&apos; has no %2: store it with &apos;restgate-cli secret set %1 --kind %3&apos; (or in the Connections dialog), or set %4.</source>
        <translation>Verbindung &apos;%1&apos; hat kein %2: Speichern Sie es mit &apos;restgate-cli secret set %1 --kind %3&apos; (oder unter „Verbindungen verwalten“) oder setzen Sie %4.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="313"/>
        <source>%1. Set %2 for connection &apos;%3&apos;, or keep its secret for this run only.</source>
        <translation>%1. Setzen Sie %2 für die Verbindung &apos;%3&apos; oder behalten Sie ihr Geheimnis nur für diesen Lauf.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="325"/>
        <source>Cannot read the %1 of connection &apos;%2&apos; from the keychain: %3</source>
        <translation>Das %1 der Verbindung &apos;%2&apos; kann nicht aus dem Schlüsselbund gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectioncredentials.cpp" line="38"/>
        <source>%1 Sending an empty password.</source>
        <translation>%1 Es wird ein leeres Kennwort gesendet.</translation>
    </message>
</context>
<context>
    <name>RestGate::CriteriaEdit</name>
    <message>
        <location filename="../src/app/widgets/criteriaedit.cpp" line="70"/>
        <source>Criteria completions</source>
        <translation>Vervollständigungen für Kriterien</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlExport</name>
    <message>
        <location filename="../src/core/pipeline/curlexport.cpp" line="312"/>
        <source>A secret could not be replaced by an environment variable reference; no curl command was written.</source>
        <translation>Ein Geheimnis konnte nicht durch einen Verweis auf eine Umgebungsvariable ersetzt werden; es wurde kein curl-Befehl geschrieben.</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlImport</name>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="753"/>
        <source>The command logs in as &apos;%1&apos;, but the reused connection &apos;%2&apos; uses &apos;%3&apos;.</source>
        <translation>Der Befehl meldet sich als &apos;%1&apos; an, die wiederverwendete Verbindung &apos;%2&apos; verwendet aber &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="782"/>
        <source>Method %1 is not one the task offers.</source>
        <translation>Die Methode %1 bietet die Aufgabe nicht an.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="817"/>
        <source>The bearer token is not stored: the task&apos;s Authorization header uses the secret variable $(%1). Give it a value (%2 for the CLI).</source>
        <translation>Das Bearer-Token wird nicht gespeichert: Der Authorization-Header der Aufgabe verwendet die geheime Variable $(%1). Geben Sie ihr einen Wert (%2 für die CLI).</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="832"/>
        <source>The connection URL &apos;%1&apos; has no trailing slash, so the URL suffix starts with &apos;/&apos;: Azure DevOps joins them as text, to %2.</source>
        <translation>Die Verbindungs-URL &apos;%1&apos; endet nicht auf einen Schrägstrich, daher beginnt das URL-Suffix mit &apos;/&apos;: Azure DevOps fügt beide als Text zusammen, zu %2.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="840"/>
        <source>Header &apos;%1&apos; contains &apos;$(&apos;: Azure DevOps expands $(name) as a variable.</source>
        <translation>Header &apos;%1&apos; enthält &apos;$(&apos;: Azure DevOps erweitert $(name) als Variable.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="848"/>
        <source>The body contains &apos;$(&apos;: Azure DevOps expands $(name) as a variable.</source>
        <translation>Der Body enthält &apos;$(&apos;: Azure DevOps erweitert $(name) als Variable.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="858"/>
        <source>The command sends no credentials, but a Generic connection always sends Basic credentials: with an empty user name and password the task sends &apos;Authorization: Basic Og==&apos;.</source>
        <translation>Der Befehl sendet keine Anmeldedaten, eine generische Verbindung sendet aber immer Basic-Anmeldedaten: Mit leerem Benutzernamen und Passwort sendet die Aufgabe &apos;Authorization: Basic Og==&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="865"/>
        <source>-u gives no password; curl would ask for it.</source>
        <translation>-u gibt kein Passwort an; curl würde danach fragen.</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlImportDialog</name>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="22"/>
        <source>Method and path, e.g. POST /v1/items</source>
        <translation>Methode und Pfad, z. B. POST /v1/items</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="23"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="24"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="88"/>
        <source>This cannot be imported: %1</source>
        <translation>Dies kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="103"/>
        <source>%1 (%2), the document&apos;s own connection</source>
        <translation>%1 (%2), die vorhandene Verbindung des Dokuments</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="104"/>
        <source>%1 (%2), a new %3 connection</source>
        <translation>%1 (%2), eine neue Verbindung vom Typ %3</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="108"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="112"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="112"/>
        <source>(%1 sends no body)</source>
        <translation>(%1 sendet keinen Text)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="117"/>
        <source>The password is not put into the task or the connection: store it for connection “%1” (or set %2 for restgate-cli).</source>
        <translation>Das Kennwort wird weder in die Aufgabe noch in die Verbindung übernommen: Speichern Sie es für die Verbindung „%1“ (oder setzen Sie %2 für restgate-cli).</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="121"/>
        <source>The bearer token is moved out of the headers into the secret variable $(%1); its value is never saved.</source>
        <translation>Das Bearer-Token wird aus den Headern in die geheime Variable $(%1) verschoben; sein Wert wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="125"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="125"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="135"/>
        <source>Ignored, they only change what curl prints or does locally: %1</source>
        <translation>Ignoriert, da sie nur ändern, was curl ausgibt oder lokal tut: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::DesignOverview</name>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="17"/>
        <source>Service &amp;connections</source>
        <translation>Dienst&amp;verbindungen</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="20"/>
        <source>Service connections</source>
        <translation>Dienstverbindungen</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="21"/>
        <source>&amp;Manage…</source>
        <translation>Ver&amp;walten …</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="22"/>
        <source>Manage service connections</source>
        <translation>Dienstverbindungen verwalten</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="24"/>
        <source>Variable s&amp;ets</source>
        <translation>Variablensä&amp;tze</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="27"/>
        <source>Variable sets</source>
        <translation>Variablensätze</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="28"/>
        <source>The set a dry run uses (checked). Activate one to use it and edit it below.</source>
        <translation>Der Satz, den ein Probelauf verwendet (mit Häkchen). Aktivieren Sie einen Satz, um ihn zu verwenden und unten zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="68"/>
        <source>(base variables only)</source>
        <translation>(nur Basisvariablen)</translation>
    </message>
</context>
<context>
    <name>RestGate::DisplayText</name>
    <message>
        <location filename="../src/core/design/displaytext.cpp" line="10"/>
        <source>en</source>
        <extracomment>The code of this catalogue&apos;s language (de, fr, ja): numbers in messages are written the way it writes them.</extracomment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::CriteriaEvaluator</name>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="110"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="117"/>
        <source>The body is accepted by Azure DevOps but is not strict JSON (1 place): %1</source>
        <translation>Azure DevOps akzeptiert den Body, er ist aber kein striktes JSON (1 Stelle): %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="120"/>
        <source>The body is accepted by Azure DevOps but is not strict JSON (%1 places): %2</source>
        <translation>Azure DevOps akzeptiert den Body, er ist aber kein striktes JSON (%1 Stellen): %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="143"/>
        <source>%1() cannot order an %2; compare one of its values, or count(...) it</source>
        <translation>%1() kann kein %2 ordnen; vergleichen Sie einen seiner Werte oder zählen Sie es mit count(...)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="147"/>
        <source>%1() converts its right argument to the type of the left one (%2), and %3 (%4) does not convert; eq() would just say &apos;not equal&apos;</source>
        <translation>%1() wandelt sein rechtes Argument in den Typ des linken um (%2), und %3 (%4) lässt sich nicht umwandeln; eq() würde nur &apos;ungleich&apos; sagen</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="154"/>
        <source>%1() works on text, and an %2 has no text form</source>
        <translation>%1() arbeitet mit Text, und ein %2 hat keine Textform</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="159"/>
        <source>; to look for a value in an array use containsValue(array, value)</source>
        <translation>; um einen Wert in einem Array zu suchen, verwenden Sie containsValue(array, value)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="163"/>
        <source>in %1(): %2 %3 does not convert to %4</source>
        <translation>in %1(): %2 %3 lässt sich nicht in %4 umwandeln</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="168"/>
        <source>the intermediate results exceed the server&apos;s 1 MB evaluation budget (long strings count twice their length)</source>
        <translation>die Zwischenergebnisse überschreiten das Auswertungsbudget des Servers von 1 MB (lange Zeichenketten zählen doppelt)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="173"/>
        <source>a number in the body (NaN, Infinity or a huge value) does not fit the engine&apos;s decimal numbers</source>
        <translation>eine Zahl im Body (NaN, Infinity oder ein riesiger Wert) passt nicht in die Dezimalzahlen der Engine</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="178"/>
        <source>in %1(): %2</source>
        <translation>in %1(): %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="200"/>
        <source>No variable defines %1, so the server evaluates it as written.</source>
        <translation>Keine Variable definiert %1, daher wertet der Server es unverändert aus.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="292"/>
        <source>The dry run kept only the first %1 bytes of the response; the server received all of it.</source>
        <translation>Der Probelauf hat nur die ersten %1 Bytes der Antwort behalten; der Server hat sie vollständig erhalten.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="304"/>
        <source>The body nests %1 levels deep. Json.NET 13 refuses more than %2 by default, so a server on that version rejects it.</source>
        <translation>Der Body ist %1 Ebenen tief verschachtelt. Json.NET 13 lehnt standardmäßig mehr als %2 ab, ein Server mit dieser Version weist ihn also zurück.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="311"/>
        <source>The body is not a JSON object. The server speaks of parsing &quot;a JSON object&quot;; whether it accepts other values is not documented.</source>
        <translation>Der Body ist kein JSON-Objekt. Der Server spricht vom Parsen &quot;eines JSON-Objekts&quot;; ob er andere Werte akzeptiert, ist nicht dokumentiert.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="323"/>
        <source>The dry run could not evaluate the criteria either: the body is not JSON (%1).</source>
        <translation>Der Probelauf konnte die Kriterien ebenfalls nicht auswerten: Der Body ist kein JSON (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="328"/>
        <source>no body</source>
        <translation>kein Body</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="330"/>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="361"/>
        <source>The criteria is not valid either: %1</source>
        <translation>Die Kriterien sind auch nicht gültig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="339"/>
        <source>Evaluating the criteria fails too: %1</source>
        <translation>Die Auswertung der Kriterien schlägt ebenfalls fehl: %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="358"/>
        <source>the response has no body</source>
        <translation>die Antwort hat keinen Body</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::Evaluator</name>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="333"/>
        <source>%1 cannot be indexed, so the result is null</source>
        <translation>%1 kann nicht indiziert werden, daher ist das Ergebnis null</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="353"/>
        <source>and() stops at the first false argument</source>
        <translation>and() hält beim ersten falschen Argument an</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="363"/>
        <source>or() stops at the first true argument</source>
        <translation>or() hält beim ersten wahren Argument an</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="425"/>
        <source>the first argument is not an array or an object, so the result is false</source>
        <translation>das erste Argument ist weder ein Array noch ein Objekt, daher ist das Ergebnis false</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="451"/>
        <source>coalesce() returns the first value that is not null or &apos;&apos;</source>
        <translation>coalesce() gibt den ersten Wert zurück, der weder null noch &apos;&apos; ist</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="490"/>
        <source>the text to replace is empty, so replace() returns its input</source>
        <translation>der zu ersetzende Text ist leer, daher gibt replace() seine Eingabe zurück</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="526"/>
        <source>iif() takes the second argument when the condition is true</source>
        <translation>iif() nimmt das zweite Argument, wenn die Bedingung wahr ist</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="528"/>
        <source>iif() takes the third argument when the condition is false</source>
        <translation>iif() nimmt das dritte Argument, wenn die Bedingung falsch ist</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="672"/>
        <source>format() evaluates only the arguments its pattern references</source>
        <translation>format() wertet nur die Argumente aus, auf die sein Muster verweist</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="684"/>
        <source>the second argument is not an array, so no separator is needed</source>
        <translation>das zweite Argument ist kein Array, daher wird kein Trennzeichen gebraucht</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="692"/>
        <source>join() evaluates the separator only for two or more items</source>
        <translation>join() wertet das Trennzeichen erst ab zwei Elementen aus</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="893"/>
        <source>not reached: evaluation stopped at the error</source>
        <translation>nicht erreicht: Die Auswertung hielt beim Fehler an</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::Parser</name>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="92"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="94"/>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="95"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="507"/>
        <source>there are no infix operators: write %1(a, b) instead of a %1 b</source>
        <translation>es gibt keine Infix-Operatoren: Schreiben Sie %1(a, b) statt a %1 b</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="514"/>
        <source>two values in a row: separate arguments with &apos;,&apos; or combine conditions with and(a, b)</source>
        <translation>zwei Werte hintereinander: Trennen Sie Argumente mit &apos;,&apos; oder verknüpfen Sie Bedingungen mit and(a, b)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="525"/>
        <source>this string is never closed: add a closing &apos; (write &apos;&apos; for a quote inside a string)</source>
        <translation>diese Zeichenkette wird nie geschlossen: Fügen Sie ein schließendes &apos; hinzu (schreiben Sie &apos;&apos; für ein Anführungszeichen in einer Zeichenkette)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="529"/>
        <source>&apos;%1&apos; is not a version: a version has 2 to 4 numeric parts, like 1.2.3</source>
        <translation>&apos;%1&apos; ist keine Version: Eine Version hat 2 bis 4 numerische Teile, etwa 1.2.3</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="532"/>
        <source>&apos;%1&apos; is not a number: write digits with an optional &apos;-&apos; and one &apos;.&apos; (no exponent, hex digits, &apos;+&apos; or &apos;_&apos;)</source>
        <translation>&apos;%1&apos; ist keine Zahl: Schreiben Sie Ziffern mit optionalem &apos;-&apos; und einem &apos;.&apos; (kein Exponent, keine Hex-Ziffern, kein &apos;+&apos; oder &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="539"/>
        <source>double-quoted strings are not allowed; use single quotes: &apos;text&apos;</source>
        <translation>Zeichenketten in doppelten Anführungszeichen sind nicht erlaubt; verwenden Sie einfache: &apos;text&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="551"/>
        <source>operators like %1 are not supported; use %2</source>
        <translation>Operatoren wie %1 werden nicht unterstützt; verwenden Sie %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="556"/>
        <source>there is no null literal; eq(x, &apos;&apos;) is true when x is null or an empty string</source>
        <translation>es gibt kein null-Literal; eq(x, &apos;&apos;) ist wahr, wenn x null oder eine leere Zeichenkette ist</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="564"/>
        <source>&apos;%1&apos; is not available in success criteria; use $(name) macros, which are replaced before the criteria is evaluated, and &apos;root&apos; for the response body</source>
        <translation>&apos;%1&apos; ist in Erfolgskriterien nicht verfügbar; verwenden Sie $(name)-Makros, die vor der Auswertung ersetzt werden, und &apos;root&apos; für den Antworttext</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="574"/>
        <source>job status functions like %1() are not available in success criteria</source>
        <translation>Job-Statusfunktionen wie %1() sind in Erfolgskriterien nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="581"/>
        <source>unknown function &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Funktion &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="584"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="586"/>
        <source>unknown name &apos;%1&apos;: the response body is &apos;root&apos;, so write root[&apos;%1&apos;]</source>
        <translation>unbekannter Name &apos;%1&apos;: Der Antworttext ist &apos;root&apos;, schreiben Sie also root[&apos;%1&apos;]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="591"/>
        <source>&apos;%1&apos; contains a quote: a string probably ended early; write &apos;&apos; for a quote inside a string</source>
        <translation>&apos;%1&apos; enthält ein Anführungszeichen: Eine Zeichenkette endete wohl zu früh; schreiben Sie &apos;&apos; für ein Anführungszeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="597"/>
        <source>&apos;%1&apos; is not a name: names with &apos;-&apos; need the indexer, like root[&apos;%1&apos;]</source>
        <translation>&apos;%1&apos; ist kein Name: Namen mit &apos;-&apos; brauchen den Indexer, etwa root[&apos;%1&apos;]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="600"/>
        <source>&apos;%1&apos; is not a function, a literal or &apos;root&apos;</source>
        <translation>&apos;%1&apos; ist weder eine Funktion noch ein Literal noch &apos;root&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="609"/>
        <source>&apos;[&apos; must follow something to index, like root[&apos;name&apos;] or split(a, b)[0]</source>
        <translation>&apos;[&apos; muss auf etwas Indizierbares folgen, etwa root[&apos;name&apos;] oder split(a, b)[0]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="612"/>
        <source>literals cannot be indexed</source>
        <translation>Literale können nicht indiziert werden</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="624"/>
        <source>&apos;.&apos; must follow something with properties, like root.name</source>
        <translation>&apos;.&apos; muss auf etwas mit Eigenschaften folgen, etwa root.name</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="627"/>
        <source>literals have no properties</source>
        <translation>Literale haben keine Eigenschaften</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="634"/>
        <source>a property name must follow &apos;.&apos;, like root.status</source>
        <translation>auf &apos;.&apos; muss ein Eigenschaftsname folgen, etwa root.status</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="646"/>
        <source>a property name must follow &apos;.&apos;</source>
        <translation>auf &apos;.&apos; muss ein Eigenschaftsname folgen</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="649"/>
        <source>&apos;%1&apos; cannot follow &apos;.&apos;: names that are not identifiers need the indexer, like root[&apos;%1&apos;]</source>
        <translation>&apos;%1&apos; kann nicht auf &apos;.&apos; folgen: Namen, die keine Bezeichner sind, brauchen den Indexer, etwa root[&apos;%1&apos;]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="655"/>
        <source>write either root.name or root[&apos;name&apos;], not both</source>
        <translation>schreiben Sie entweder root.name oder root[&apos;name&apos;], nicht beides</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="658"/>
        <source>&apos;..&apos; is not supported; recursive descent exists only inside jsonpath(&apos;$..name&apos;)</source>
        <translation>&apos;..&apos; wird nicht unterstützt; rekursiver Abstieg existiert nur in jsonpath(&apos;$..name&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="673"/>
        <source>&apos;*&apos; is only valid right after &apos;[&apos; or &apos;.&apos;, as in root[*] or root.*</source>
        <translation>&apos;*&apos; ist nur direkt nach &apos;[&apos; oder &apos;.&apos; gültig, wie in root[*] oder root.*</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="694"/>
        <source>&apos;)&apos; cannot close &apos;[&apos;: add &apos;]&apos; first</source>
        <translation>&apos;)&apos; kann &apos;[&apos; nicht schließen: Fügen Sie zuerst &apos;]&apos; hinzu</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="695"/>
        <source>&apos;)&apos; without a function call to close; there are no grouping parentheses</source>
        <translation>&apos;)&apos; ohne zu schließenden Funktionsaufruf; es gibt keine Klammern zum Gruppieren</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="702"/>
        <source>an argument is missing after &apos;,&apos;</source>
        <translation>nach &apos;,&apos; fehlt ein Argument</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="705"/>
        <source>wrong number of arguments: %1 takes %2, got %3</source>
        <translation>falsche Anzahl von Argumenten: %1 nimmt %2, erhielt %3</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="718"/>
        <source>&apos;]&apos; without a matching &apos;[&apos;</source>
        <translation>&apos;]&apos; ohne passendes &apos;[&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="720"/>
        <source>an indexer needs exactly one value, like root[&apos;name&apos;] or root[0]</source>
        <translation>ein Indexer braucht genau einen Wert, etwa root[&apos;name&apos;] oder root[0]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="723"/>
        <source>&apos;]&apos; cannot close a function call: add &apos;)&apos; first</source>
        <translation>&apos;]&apos; kann keinen Funktionsaufruf schließen: Fügen Sie zuerst &apos;)&apos; hinzu</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="738"/>
        <source>an indexer holds exactly one value; &apos;,&apos; separates function arguments</source>
        <translation>ein Indexer enthält genau einen Wert; &apos;,&apos; trennt Funktionsargumente</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="740"/>
        <source>&apos;,&apos; outside a function call: combine conditions with and(a, b)</source>
        <translation>&apos;,&apos; außerhalb eines Funktionsaufrufs: Verknüpfen Sie Bedingungen mit and(a, b)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="746"/>
        <source>an argument is missing before &apos;,&apos;</source>
        <translation>vor &apos;,&apos; fehlt ein Argument</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="750"/>
        <source>wrong number of arguments: %1 takes %2</source>
        <translation>falsche Anzahl von Argumenten: %1 nimmt %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="762"/>
        <source>%1 is a function: write %2</source>
        <translation>%1 ist eine Funktion: Schreiben Sie %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="801"/>
        <source>the expression is %1 characters long; the limit is %2 (whitespace included)</source>
        <translation>der Ausdruck ist %1 Zeichen lang; die Grenze liegt bei %2 (Leerraum eingeschlossen)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="847"/>
        <source>&apos;(&apos; may only follow a function name; there are no grouping parentheses</source>
        <translation>&apos;(&apos; darf nur auf einen Funktionsnamen folgen; es gibt keine Klammern zum Gruppieren</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="857"/>
        <source>functions and indexers are nested %1 deep; at most %2 may be open at once</source>
        <translation>Funktionen und Indexer sind %1 Ebenen tief verschachtelt; höchstens %2 dürfen gleichzeitig offen sein</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="866"/>
        <source>%1( is never closed: add &apos;)&apos;</source>
        <translation>%1( wird nie geschlossen: Fügen Sie &apos;)&apos; hinzu</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="870"/>
        <source>&apos;[&apos; is never closed: add &apos;]&apos;</source>
        <translation>&apos;[&apos; wird nie geschlossen: Fügen Sie &apos;]&apos; hinzu</translation>
    </message>
</context>
<context>
    <name>RestGate::FindBar</name>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="20"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="25"/>
        <source>F&amp;ind:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="28"/>
        <source>Text to find in the body</source>
        <translation>Im Body zu suchender Text</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="32"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="34"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="35"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="37"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="39"/>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="40"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="43"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="47"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="48"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="192"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="194"/>
        <source>%1 of %2+</source>
        <translation>%1 von %2+</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="196"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>RestGate::GateDialog</name>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="25"/>
        <source>Simulate gate — %1</source>
        <translation>Gate simulieren — %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="46"/>
        <source>Evaluation %1 running… %2</source>
        <translation>Auswertung %1 läuft … %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="79"/>
        <source>The delay before evaluation</source>
        <translation>Die Verzögerung vor der Auswertung</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="80"/>
        <source>The time between evaluations</source>
        <translation>Die Zeit zwischen Auswertungen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="81"/>
        <source>The minimum duration for steady results</source>
        <translation>Die Mindestdauer für stabile Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="82"/>
        <source>The timeout</source>
        <translation>Das Timeout</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="86"/>
        <source>%1 is not a duration: write it like 30s, 5m, 1h30m or 250ms.</source>
        <translation>%1 ist keine Dauer: Schreiben Sie sie wie 30s, 5m, 1h30m oder 250ms.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="126"/>
        <source>Reading the connection&apos;s secret…</source>
        <translation>Geheimnis der Verbindung wird gelesen …</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="139"/>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="151"/>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
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
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="73"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="102"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="104"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="106"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="110"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="112"/>
        <source>Why it failed</source>
        <translation>Grund des Fehlschlags</translation>
    </message>
</context>
<context>
    <name>RestGate::GatePlot</name>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="34"/>
        <source>Evaluations over time</source>
        <translation>Auswertungen im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="198"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="199"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="200"/>
        <source>error / timed out</source>
        <translation>Fehler / Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="201"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="219"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="248"/>
        <source>timeout %1</source>
        <translation>Timeout %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="255"/>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="273"/>
        <source>#%1 at +%2: %3, %4, %5 ms</source>
        <translation>#%1 bei +%2: %3, %4, %5 ms</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="277"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>RestGate::GateSimulator</name>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="31"/>
        <source>The time between evaluations must be longer than 0.</source>
        <translation>Die Zeit zwischen den Auswertungen muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="34"/>
        <source>A duration cannot be negative.</source>
        <translation>Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="36"/>
        <source>The delay before evaluation is %1; Azure DevOps caps it at 48 hours.</source>
        <translation>Die Verzögerung vor der Auswertung ist %1; Azure DevOps begrenzt sie auf 48 Stunden.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="40"/>
        <source>RestGate simulates a gate for at most %1.</source>
        <translation>RestGate simuliert ein Gate höchstens %1 lang.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="43"/>
        <source>The timeout (%1) must be longer than the delay before evaluation (%2): nothing would be evaluated.</source>
        <translation>Der Timeout (%1) muss länger sein als die Verzögerung vor der Auswertung (%2): Es würde nichts ausgewertet.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="50"/>
        <source>The gate can never succeed: with a delay of %1, evaluations every %2 and a minimum success duration of %3, the earliest evaluation that could end it starts at %4, not before the timeout (%5).</source>
        <translation>Das Gate kann nie erfolgreich sein: Mit einer Verzögerung von %1, Auswertungen alle %2 und einer Mindesterfolgsdauer von %3 beginnt die früheste Auswertung, die es beenden könnte, bei %4, nicht vor dem Timeout (%5).</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="67"/>
        <source>For a synchronous Invoke REST API check Microsoft recommends a timeout of at most 10 times the time between evaluations (here %1 times).</source>
        <translation>Für eine synchrone Invoke-REST-API-Prüfung empfiehlt Microsoft einen Timeout von höchstens dem 10-Fachen der Zeit zwischen den Auswertungen (hier das %1-Fache).</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="74"/>
        <source>Azure Pipelines evaluates a check at most %1 times; up to %2 evaluations fit here, and the simulation stops at %1 too.</source>
        <translation>Azure Pipelines wertet eine Prüfung höchstens %1-mal aus; hier passen bis zu %2 Auswertungen, und die Simulation hält ebenfalls bei %1 an.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="193"/>
        <source>The gate simulation is already running.</source>
        <translation>Die Gate-Simulation läuft bereits.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="198"/>
        <source>The task completes by Callback: its decision comes from the service&apos;s TaskCompleted event, not from re-evaluating the response, so it is not simulated as a gate. Use Send or restgate-cli run without --poll.</source>
        <translation>Die Aufgabe wird per Callback abgeschlossen: Ihre Entscheidung kommt aus dem TaskCompleted-Ereignis des Dienstes, nicht aus einer erneuten Auswertung der Antwort, daher wird sie nicht als Gate simuliert. Verwenden Sie Senden oder restgate-cli run ohne --poll.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="226"/>
        <source>Stopped before this evaluation finished.</source>
        <translation>Angehalten, bevor diese Auswertung fertig war.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="230"/>
        <source>Stopped after %1 and %2 evaluation(s).</source>
        <translation>Angehalten nach %1 und %2 Auswertung(en).</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="246"/>
        <source>Evaluating: %1 evaluation(s) in %2.</source>
        <translation>Auswertung läuft: %1 Auswertung(en) in %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="259"/>
        <source>NOT STARTED</source>
        <translation>NICHT GESTARTET</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="262"/>
        <source>RUNNING</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="265"/>
        <source>SUCCEEDED</source>
        <translation>ERFOLGREICH</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="268"/>
        <source>TIMED OUT</source>
        <translation>ZEITÜBERSCHREITUNG</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="271"/>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="325"/>
        <source>Succeeded at evaluation %1 (+%2): with no minimum success duration, the first evaluation that passes ends the gate.</source>
        <translation>Erfolgreich bei Auswertung %1 (+%2): Ohne Mindesterfolgsdauer beendet die erste bestandene Auswertung das Gate.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="332"/>
        <source>Succeeded at evaluation %1 (+%2): every evaluation passed for %3 (evaluations %4–%1), at least the minimum success duration of %5.</source>
        <translation>Erfolgreich bei Auswertung %1 (+%2): Jede Auswertung war %3 lang erfolgreich (Auswertungen %4–%1), mindestens die Mindesterfolgsdauer von %5.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="347"/>
        <source>Stopped after %1 evaluations: Azure Pipelines evaluates a check at most %1 times.</source>
        <translation>Angehalten nach %1 Auswertungen: Azure Pipelines wertet eine Prüfung höchstens %1-mal aus.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="369"/>
        <source>The gate timed out while this evaluation was running.</source>
        <translation>Das Gate ist abgelaufen, während diese Auswertung lief.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="381"/>
        <source>Timed out after %1 (%2 evaluation(s), %3 passed):</source>
        <translation>Zeitüberschreitung nach %1 (%2 Auswertung(en), %3 bestanden):</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="386"/>
        <source>no evaluation passed.</source>
        <translation>keine Auswertung war erfolgreich.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="387"/>
        <source>the task did not pass steadily for %1 before the timeout.</source>
        <translation>die Aufgabe war vor dem Timeout nicht %1 lang stabil erfolgreich.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="392"/>
        <source>Last failure: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>RestGate::HeaderParser</name>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="20"/>
        <source>Comments are accepted by Azure DevOps but are not strict JSON.</source>
        <translation>Kommentare akzeptiert Azure DevOps, sie sind aber kein striktes JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="23"/>
        <source>A trailing comma before } is accepted by Azure DevOps but is not strict JSON.</source>
        <translation>Ein abschließendes Komma vor } akzeptiert Azure DevOps, es ist aber kein striktes JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="26"/>
        <source>Single quotes are accepted by Azure DevOps but are not strict JSON.</source>
        <translation>Einfache Anführungszeichen akzeptiert Azure DevOps, sie sind aber kein striktes JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="29"/>
        <source>A %1 is accepted by Azure DevOps but is not strict JSON.</source>
        <translation>Azure DevOps akzeptiert dies, es ist aber kein striktes JSON: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="120"/>
        <source>Header &apos;%1&apos; must be text, not an object.</source>
        <translation>Header &apos;%1&apos; muss Text sein, kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="123"/>
        <source>Header &apos;%1&apos; must be text, not a list.</source>
        <translation>Header &apos;%1&apos; muss Text sein, keine Liste.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="131"/>
        <source>The value of &apos;%1&apos; is null, not text; it is sent as &apos;%2&apos;. Quote it to be sure.</source>
        <translation>Der Wert von &apos;%1&apos; ist null, kein Text; er wird als &apos;%2&apos; gesendet. Setzen Sie ihn sicherheitshalber in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="135"/>
        <source>The value of &apos;%1&apos; is a JSON literal, not text; it is sent as &apos;%2&apos;. Quote it to be sure.</source>
        <translation>Der Wert von &apos;%1&apos; ist ein JSON-Literal, kein Text; er wird als &apos;%2&apos; gesendet. Setzen Sie ihn sicherheitshalber in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="145"/>
        <source>Header &apos;%1&apos; is set more than once; the last value is sent.</source>
        <translation>Header &apos;%1&apos; ist mehrfach gesetzt; der letzte Wert wird gesendet.</translation>
    </message>
</context>
<context>
    <name>RestGate::ImportPipelineDialog</name>
    <message numerus="yes">
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="18"/>
        <source>%1 holds %n InvokeRESTAPI step(s). Connections they name are added as placeholders whose URL you fill in.</source>
        <translation>
            <numerusform>%1 enthält %n InvokeRESTAPI-Schritt. Verbindungen, die er nennt, werden als Platzhalter angelegt, deren URL Sie ergänzen.</numerusform>
            <numerusform>%1 enthält %n InvokeRESTAPI-Schritte. Verbindungen, die sie nennen, werden als Platzhalter angelegt, deren URL Sie ergänzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="24"/>
        <source>%1, line %2: %3 (%4)</source>
        <translation>%1, Zeile %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="30"/>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="30"/>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="40"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="33"/>
        <source>Note: the connection “%1” is not in this design; it is added as a placeholder without a URL, which you fill in under Connections before sending.</source>
        <translation>Hinweis: Die Verbindung „%1“ ist nicht in diesem Entwurf; sie wird als Platzhalter ohne URL angelegt, deren URL Sie vor dem Senden unter Verbindungen eintragen.</translation>
    </message>
</context>
<context>
    <name>RestGate::Json</name>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="28"/>
        <source>single-quoted string</source>
        <translation>Zeichenkette in einfachen Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="30"/>
        <source>unquoted property name</source>
        <translation>Eigenschaftsname ohne Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="32"/>
        <source>// comment</source>
        <translation>//-Kommentar</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="34"/>
        <source>/* */ comment</source>
        <translation>/* */-Kommentar</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="36"/>
        <source>trailing comma</source>
        <translation>abschließendes Komma</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="38"/>
        <source>empty array element (read as undefined)</source>
        <translation>leeres Array-Element (als undefined gelesen)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="46"/>
        <source>number that is not valid JSON (like .5 or 5.)</source>
        <translation>Zahl, die kein gültiges JSON ist (wie .5 oder 5.)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="48"/>
        <source>hexadecimal number</source>
        <translation>Hexadezimalzahl</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="50"/>
        <source>number with a leading zero (read as octal)</source>
        <translation>Zahl mit führender Null (als oktal gelesen)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="52"/>
        <source>unescaped control character in a string</source>
        <translation>nicht maskiertes Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="56"/>
        <source>invalid UTF-8 (read as U+FFFD)</source>
        <translation>ungültiges UTF-8 (als U+FFFD gelesen)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="58"/>
        <source>byte order mark</source>
        <translation>Byte-Order-Mark</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="60"/>
        <source>whitespace JSON does not allow</source>
        <translation>Leerraum, den JSON nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>RestGate::JsonTreeModel</name>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="237"/>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="237"/>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="240"/>
        <source>{1 property}</source>
        <translation>{1 Eigenschaft}</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="240"/>
        <source>{%1 properties}</source>
        <translation>{%1 Eigenschaften}</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="271"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="273"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="275"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>RestGate::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="125"/>
        <source>Task parameters</source>
        <translation>Aufgabenparameter</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="142"/>
        <location filename="../src/app/mainwindow.cpp" line="668"/>
        <source>Demo endpoint: stopped</source>
        <translation>Demo-Endpunkt: angehalten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="180"/>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="181"/>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation>%1 existiert nicht mehr und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="188"/>
        <source>Switching version dropped: %1</source>
        <translation>Beim Versionswechsel verworfen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="206"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="212"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="216"/>
        <source>Open design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="217"/>
        <source>RestGate designs (*.restgate.yml);;YAML files (*.yml *.yaml);;All files (*)</source>
        <translation>RestGate-Entwürfe (*.restgate.yml);;YAML-Dateien (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="229"/>
        <source>Open &amp;failure examples</source>
        <translation>Fe&amp;hlerbeispiele öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="233"/>
        <source>&amp;Import pipeline…</source>
        <translation>Pipeline &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="235"/>
        <location filename="../src/app/mainwindow.cpp" line="695"/>
        <location filename="../src/app/mainwindow.cpp" line="701"/>
        <location filename="../src/app/mainwindow.cpp" line="714"/>
        <source>Import pipeline</source>
        <translation>Pipeline importieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="236"/>
        <source>Azure Pipelines YAML (*.yml *.yaml);;Markdown (*.md);;All files (*)</source>
        <translation>Azure Pipelines-YAML (*.yml *.yaml);;Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="241"/>
        <source>Import from c&amp;url…</source>
        <translation>Aus &amp;curl importieren …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="244"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="246"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="248"/>
        <source>Re&amp;vert to saved</source>
        <translation>Auf gespeicherten Stand zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="253"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="254"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="257"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="267"/>
        <source>&amp;Add task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="270"/>
        <source>De&amp;lete task</source>
        <translation>Aufgabe &amp;löschen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="272"/>
        <source>Copy task as pipeline &amp;step</source>
        <translation>Aufgabe als Pipeline-&amp;Schritt kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="273"/>
        <source>Copy task as &amp;job (pool: server)</source>
        <translation>Aufgabe als &amp;Auftrag kopieren (pool: server)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="274"/>
        <source>Copy task as &amp;curl</source>
        <translation>Aufgabe als &amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="276"/>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="277"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="282"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="292"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="293"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="296"/>
        <source>Dry-run the selected task (Ctrl+Enter)</source>
        <translation>Ausgewählte Aufgabe im Probelauf ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="298"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="306"/>
        <source>Simulate &amp;gate…</source>
        <translation>&amp;Gate simulieren …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="308"/>
        <source>Re-evaluate the selected task as a release gate or check would, with a live plot</source>
        <translation>Die ausgewählte Aufgabe wiederholt auswerten, wie es ein Release-Gate oder eine Prüfung tun würde, mit Live-Diagramm</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="310"/>
        <source>Treat any 2xx as success (dry-run option; Azure DevOps requires 200)</source>
        <translation>Jeden 2xx-Status als Erfolg werten (Probelauf-Option; Azure DevOps verlangt 200)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="314"/>
        <location filename="../src/app/mainwindow.cpp" line="678"/>
        <source>Start &amp;demo endpoint</source>
        <translation>&amp;Demo-Endpunkt starten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="325"/>
        <source>Call&amp;back settings…</source>
        <translation>&amp;Callback-Einstellungen …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="331"/>
        <source>InvokeRESTAPI@&amp;1 task reference</source>
        <translation>Referenz der Aufgabe InvokeRESTAPI@&amp;1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="333"/>
        <source>InvokeRESTAPI@&amp;0 task reference</source>
        <translation>Referenz der Aufgabe InvokeRESTAPI@&amp;0</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="335"/>
        <source>&amp;Expressions (success criteria)</source>
        <translation>&amp;Ausdrücke (Erfolgskriterien)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="337"/>
        <source>&amp;Server jobs (pool: server)</source>
        <translation>&amp;Serveraufträge (pool: server)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="340"/>
        <source>&amp;About RestGate</source>
        <translation>Ü&amp;ber RestGate</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="341"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="343"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="350"/>
        <source>&amp;Variable set: </source>
        <translation>Variablen&amp;satz: </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="352"/>
        <source>Variable set for dry runs</source>
        <translation>Variablensatz für Probeläufe</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="361"/>
        <source>Pipeline YAML</source>
        <translation>Pipeline-YAML</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="368"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="382"/>
        <source>Edit variables</source>
        <translation>Variablen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="528"/>
        <source>Import from curl</source>
        <translation>Aus curl importieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="531"/>
        <source>Imported the curl command as a task.</source>
        <translation>Der curl-Befehl wurde als Aufgabe importiert.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="538"/>
        <source>The curl command&apos;s password is stored in the keychain.</source>
        <translation>Das Kennwort aus dem curl-Befehl ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="539"/>
        <source>The password could not be stored (%1); enter it in Manage connections or set RESTGATE_SECRET_… for the run.</source>
        <translation>Das Kennwort konnte nicht gespeichert werden (%1); geben Sie es unter „Verbindungen verwalten“ ein oder setzen Sie RESTGATE_SECRET_… für den Lauf.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="547"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="588"/>
        <source>Cannot open design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="589"/>
        <source>%1 could not be opened:

%2

The file was left unchanged.</source>
        <translation>%1 konnte nicht geöffnet werden:

%2

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="606"/>
        <location filename="../src/app/mainwindow.cpp" line="620"/>
        <source>Sample design</source>
        <translation>Beispielentwurf</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="611"/>
        <source>Failure examples</source>
        <translation>Fehlerbeispiele</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="621"/>
        <source>The bundled sample could not be read: %1</source>
        <translation>Das mitgelieferte Beispiel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="640"/>
        <location filename="../src/app/mainwindow.cpp" line="1391"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="642"/>
        <source>New design: choose or add a service connection, then Send (Ctrl+Enter).</source>
        <translation>Neuer Entwurf: Wählen Sie eine Dienstverbindung aus oder fügen Sie eine hinzu, dann „Senden“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="651"/>
        <source>Demo endpoint: could not start (%1)</source>
        <translation>Demo-Endpunkt: Start fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="656"/>
        <source>Demo endpoint: %1</source>
        <translation>Demo-Endpunkt: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="696"/>
        <source>%1 could not be read:

%2

Nothing was imported.</source>
        <translation>%1 konnte nicht gelesen werden:

%2

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="702"/>
        <source>%1 holds no InvokeRESTAPI step.</source>
        <translation>%1 enthält keinen InvokeRESTAPI-Schritt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="716"/>
        <source>Imported %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe importiert</numerusform>
            <numerusform>%n Aufgaben importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="719"/>
        <source>; fill in the URL of: %1</source>
        <translation>; URL ergänzen für: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="734"/>
        <source>Copied the task as YAML.</source>
        <translation>Aufgabe als YAML kopiert.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="736"/>
        <source>Copied, but Azure DevOps would reject it: %1</source>
        <translation>Kopiert, aber Azure DevOps würde sie ablehnen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="754"/>
        <source>Copy as curl</source>
        <translation>Als curl-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="760"/>
        <source>Copied the task as a curl command.</source>
        <translation>Aufgabe als curl-Befehl kopiert.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="761"/>
        <source>Copied the task as a curl command; it reads %1.</source>
        <translation>Aufgabe als curl-Befehl kopiert; er liest %1.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="804"/>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="119"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="225"/>
        <source>Open sa&amp;mple design</source>
        <translation>Beis&amp;pielentwurf öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="269"/>
        <source>Du&amp;plicate task</source>
        <translation>Aufgabe &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="885"/>
        <source>Recovered design</source>
        <translation>Wiederhergestellter Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="888"/>
        <source>Restored the design autosaved at %1. Save it to keep it.</source>
        <translation>Der am %1 automatisch gesicherte Entwurf wurde wiederhergestellt. Speichern Sie ihn, um ihn zu behalten.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="900"/>
        <source>Restore unsaved design?</source>
        <translation>Nicht gespeicherten Entwurf wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="901"/>
        <source>RestGate did not close normally. A design with unsaved changes was autosaved at %1:

%2

Restore it?</source>
        <translation>RestGate wurde nicht normal beendet. Ein Entwurf mit nicht gespeicherten Änderungen wurde am %1 automatisch gesichert:

%2

Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="904"/>
        <source>(never saved)</source>
        <translation>(nie gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="906"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="907"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="908"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="922"/>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="930"/>
        <source>Duplicate task</source>
        <translation>Aufgabe duplizieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="939"/>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="940"/>
        <source>Task deleted; Undo (Ctrl+Z) brings it back.</source>
        <translation>Aufgabe gelöscht; Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="952"/>
        <source>Move task</source>
        <translation>Aufgabe verschieben</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="965"/>
        <source>Rename task</source>
        <translation>Aufgabe umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="973"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="974"/>
        <source>Discard all unsaved changes and reload %1?</source>
        <translation>Alle nicht gespeicherten Änderungen verwerfen und %1 neu laden?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1186"/>
        <source>Edit connections</source>
        <translation>Verbindungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1210"/>
        <source>#%1 %2 %3 → %4  %5</source>
        <translation>#%1 %2 %3 → %4  %5</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1217"/>
        <source>  log: %1</source>
        <translation>  Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1112"/>
        <source>The local plan listener cannot start: %1</source>
        <translation>Der lokale Plan-Listener kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1225"/>
        <source>Callback timeline</source>
        <translation>Callback-Zeitachse</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1320"/>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1346"/>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1347"/>
        <source>%1 was changed on disk after you opened it, by another program or another RestGate window.

Overwrite those changes with yours, reload the file (your unsaved changes are lost), or cancel and keep both as they are?</source>
        <translation>%1 wurde auf der Festplatte geändert, nachdem Sie die Datei geöffnet haben – von einem anderen Programm oder einem anderen RestGate-Fenster.

Diese Änderungen mit Ihren überschreiben, die Datei neu laden (Ihre ungespeicherten Änderungen gehen verloren) oder abbrechen und beides so lassen, wie es ist?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1352"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1353"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1366"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1367"/>
        <source>%1

The file was left as it was; your changes are still open.</source>
        <translation>%1

Die Datei blieb unverändert; Ihre Änderungen sind weiterhin geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1372"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1378"/>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1381"/>
        <source>RestGate designs (*.restgate.yml)</source>
        <translation>RestGate-Entwürfe (*.restgate.yml)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1411"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1411"/>
        <source>The design has unsaved changes. Save them?</source>
        <translation>Der Entwurf hat nicht gespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1440"/>
        <source>About RestGate</source>
        <translation>Über RestGate</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1441"/>
        <source>&lt;h3&gt;RestGate %1&lt;/h3&gt;&lt;p&gt;Designer and dry-run tester for the Azure Pipelines Invoke REST API task (InvokeRESTAPI@1 and @0).&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) and yaml-cpp (MIT).&lt;/p&gt;&lt;p&gt;Task documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v1&quot;&gt;InvokeRESTAPI@1&lt;/a&gt;, &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v0&quot;&gt;InvokeRESTAPI@0&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RestGate %1&lt;/h3&gt;&lt;p&gt;Designer und Probelauf-Tester für die Azure Pipelines-Aufgabe „REST-API aufrufen“ (InvokeRESTAPI@1 und @0).&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz. Erstellt mit Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) und yaml-cpp (MIT).&lt;/p&gt;&lt;p&gt;Dokumentation der Aufgabe: &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v1&quot;&gt;InvokeRESTAPI@1&lt;/a&gt;, &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v0&quot;&gt;InvokeRESTAPI@0&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1303"/>
        <source>This verdict was judged with an earlier success criteria or status rule and cannot be judged again without a response: send the task again.</source>
        <translation>Dieses Ergebnis wurde mit einem früheren Erfolgskriterium oder einer früheren Statusregel beurteilt und kann ohne Antwort nicht neu beurteilt werden: Senden Sie den Task erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="300"/>
        <source>Run &amp;all tasks</source>
        <translation>Alle &amp;Tasks ausführen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="305"/>
        <source>Dry-run every enabled task in order, one after another (Ctrl+Shift+Enter)</source>
        <translation>Jeden aktivierten Task der Reihe nach als Probelauf ausführen, einen nach dem anderen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="563"/>
        <source>Run ▸ Run all tasks (Ctrl+Shift+Enter) sends every task in order.</source>
        <translation>Ausführen ▸ Alle Tasks ausführen (Strg+Umschalt+Eingabe) sendet jeden Task der Reihe nach.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="410"/>
        <source>Every task&apos;s verdict in the last Run all</source>
        <translation>Die Bewertung jedes Tasks im letzten „Alle ausführen“</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="411"/>
        <source>Select a task to show its result</source>
        <translation>Task auswählen, um sein Ergebnis zu zeigen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="419"/>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="431"/>
        <source>Run all: %1</source>
        <translation>Alle ausführen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="454"/>
        <source>deleted before its turn</source>
        <translation>gelöscht, bevor er an der Reihe war</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="502"/>
        <source>The run history could not be saved in %1.</source>
        <translation>Der Lauf-Verlauf konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="677"/>
        <source>Stop &amp;demo endpoint (%1)</source>
        <translation>&amp;Demo-Endpunkt anhalten (%1)</translation>
    </message>
</context>
<context>
    <name>RestGate::NetworkSettings</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="169"/>
        <source>&apos;%1&apos; is not a proxy URL (expected e.g. http://proxy.example:3128 or socks5h://127.0.0.1:1080).</source>
        <translation>&apos;%1&apos; ist keine Proxy-URL (erwartet z. B. http://proxy.example:3128 oder socks5h://127.0.0.1:1080).</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="185"/>
        <source>The proxy scheme &apos;%1://&apos; is not supported: use http://, socks5:// or socks5h://.</source>
        <translation>Das Proxy-Schema &apos;%1://&apos; wird nicht unterstützt: Verwenden Sie http://, socks5:// oder socks5h://.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="250"/>
        <source>%1 (from %2)</source>
        <translation>%1 (festgelegt durch %2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="347"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>Das CA-Verzeichnis &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="348"/>
        <source>The CA file &apos;%1&apos; does not exist or is not a file.</source>
        <translation>Die CA-Datei &apos;%1&apos; existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="370"/>
        <source>The CA file &apos;%1&apos; holds no PEM or DER certificate.</source>
        <translation>Die CA-Datei &apos;%1&apos; enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="413"/>
        <source>The client certificate &apos;%1&apos; cannot be read: %2.</source>
        <translation>Das Client-Zertifikat &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="424"/>
        <source>The PKCS#12 file &apos;%1&apos; cannot be opened: the password is wrong or missing, or it is not a PKCS#12 file.</source>
        <translation>Die PKCS#12-Datei &apos;%1&apos; kann nicht geöffnet werden: Das Passwort ist falsch oder fehlt, oder es ist keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="433"/>
        <source>The client certificate &apos;%1&apos; holds no PEM certificate.</source>
        <translation>Das Client-Zertifikat &apos;%1&apos; enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="442"/>
        <source>The key &apos;%1&apos; cannot be read: %2.</source>
        <translation>Der Schlüssel &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="449"/>
        <source>The private key in &apos;%1&apos; is encrypted and the password is wrong or missing.</source>
        <translation>Der private Schlüssel in &apos;%1&apos; ist verschlüsselt, und das Passwort ist falsch oder fehlt.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="452"/>
        <source>No private key found in &apos;%1&apos;: give the key file too (--key).</source>
        <translation>Kein privater Schlüssel in &apos;%1&apos; gefunden: Geben Sie auch die Schlüsseldatei an (--key).</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="516"/>
        <source>This build has no TLS support.</source>
        <translation>Dieser Build hat keine TLS-Unterstützung.</translation>
    </message>
</context>
<context>
    <name>RestGate::PipelineImport</name>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="621"/>
        <source>&apos;inputs&apos; is not a mapping; no input is imported.</source>
        <translation>&apos;inputs&apos; ist keine Zuordnung; es wird keine Eingabe importiert.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="632"/>
        <source>Input &apos;%1&apos; is not text (a conditional or a nested mapping); it is not imported.</source>
        <translation>Eingabe &apos;%1&apos; ist kein Text (eine Bedingung oder eine verschachtelte Zuordnung); sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="644"/>
        <source>&apos;%1&apos; is not an input of %2; Azure DevOps rejects unknown inputs.</source>
        <translation>&apos;%1&apos; ist keine Eingabe von %2; Azure DevOps lehnt unbekannte Eingaben ab.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="652"/>
        <source>Input &apos;%1&apos; is set twice, as &apos;%2&apos; and as &apos;%3&apos;; the last one is used.</source>
        <translation>Eingabe &apos;%1&apos; ist doppelt gesetzt, als &apos;%2&apos; und als &apos;%3&apos;; die letzte wird verwendet.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="700"/>
        <source>%1 runs only in an agentless job, but %2 runs on an agent; Azure DevOps rejects the pipeline. Put the step in a job with &apos;pool: server&apos;.</source>
        <translation>%1 läuft nur in einem agentlosen Job, %2 läuft aber auf einem Agent; Azure DevOps lehnt die Pipeline ab. Setzen Sie den Schritt in einen Job mit &apos;pool: server&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="706"/>
        <source>the pipeline&apos;s implicit job</source>
        <translation>der implizite Job der Pipeline</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="713"/>
        <source>The job&apos;s pool is a template expression; it must resolve to &apos;server&apos; for %1 to run.</source>
        <translation>Der Pool des Jobs ist ein Vorlagenausdruck; er muss zu &apos;server&apos; aufgelöst werden, damit %1 läuft.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="729"/>
        <source>successCriteria is ignored with waitForCompletion: true (Callback): the service&apos;s TaskCompleted event decides the result.</source>
        <translation>successCriteria wird bei waitForCompletion: true (Callback) ignoriert: Das TaskCompleted-Ereignis des Dienstes entscheidet über das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="740"/>
        <source>A body on %1: the task hides the body for GET and HEAD, so Azure DevOps does not send it.</source>
        <translation>Ein Body bei %1: Die Aufgabe blendet den Body bei GET und HEAD aus, daher sendet Azure DevOps ihn nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="756"/>
        <source>The service connection is chosen by &apos;%1&apos;. RestGate does not evaluate it: the dry run uses a connection with exactly this name (created as a placeholder).</source>
        <translation>Die Dienstverbindung wird durch &apos;%1&apos; gewählt. RestGate wertet das nicht aus: Der Probelauf verwendet eine Verbindung mit genau diesem Namen (als Platzhalter angelegt).</translation>
    </message>
</context>
<context>
    <name>RestGate::PlanListener</name>
    <message>
        <location filename="../src/callback/planlistener.cpp" line="331"/>
        <source>The public URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Die öffentliche URL &quot;%1&quot; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/callback/planlistener.cpp" line="338"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>RestGate::PreferencesDialog</name>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="25"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="28"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="29"/>
        <source>SOCKS5 (names resolved here)</source>
        <translation>SOCKS5 (Namen werden hier aufgelöst)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="30"/>
        <source>SOCKS5 (names resolved by the proxy)</source>
        <translation>SOCKS5 (Namen werden vom Proxy aufgelöst)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="66"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="67"/>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="70"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="70"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="133"/>
        <source>The CA file &apos;%1&apos; does not exist.</source>
        <translation>Die CA-Datei &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="140"/>
        <source>The client certificate &apos;%1&apos; does not exist.</source>
        <translation>Das Client-Zertifikat &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="142"/>
        <source>The client key &apos;%1&apos; does not exist.</source>
        <translation>Der Client-Schlüssel &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="144"/>
        <source>A client key needs its certificate.</source>
        <translation>Ein Client-Schlüssel benötigt sein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="148"/>
        <source>A manual proxy needs a host.</source>
        <translation>Ein manueller Proxy benötigt einen Host.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="61"/>
        <source>Trusted CA certificates directory</source>
        <translation>Verzeichnis vertrauenswürdiger CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="137"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>Das CA-Verzeichnis &apos;%1&apos; existiert nicht.</translation>
    </message>
</context>
<context>
    <name>RestGate::ProxyChoice</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="35"/>
        <source>the configured proxy</source>
        <translation>die Proxy-Einstellung</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="48"/>
        <source>SOCKS5 proxy %1</source>
        <translation>SOCKS5-Proxy %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="49"/>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
</context>
<context>
    <name>RestGate::RecentFiles</name>
    <message>
        <location filename="../src/app/document/recentfiles.cpp" line="66"/>
        <source>No recent designs</source>
        <translation>Keine zuletzt geöffneten Entwürfe</translation>
    </message>
    <message>
        <location filename="../src/app/document/recentfiles.cpp" line="68"/>
        <source>&amp;Clear recent designs</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>RestGate::RequestBuilder</name>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="119"/>
        <source>The connection URL ends with &apos;/&apos; and the URL suffix starts with &apos;/&apos;, so the request goes to &apos;%1&apos;. Azure DevOps joins them without removing either slash; remove one.</source>
        <translation>Die Verbindungs-URL endet auf &apos;/&apos; und das URL-Suffix beginnt mit &apos;/&apos;, daher geht die Anfrage an &apos;%1&apos;. Azure DevOps fügt beide zusammen, ohne einen der Schrägstriche zu entfernen; entfernen Sie einen.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="131"/>
        <source>The URL suffix is appended to the connection URL as it is, giving &apos;%1&apos;. Did you mean to start the suffix with &apos;/&apos;?</source>
        <translation>Das URL-Suffix wird unverändert an die Verbindungs-URL angehängt, was &apos;%1&apos; ergibt. Wollten Sie das Suffix mit &apos;/&apos; beginnen?</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="163"/>
        <source>The secret variable &apos;%1&apos; has no value: $(%1) is sent as an empty string. Type its value under Variables or set %2.</source>
        <translation>Die geheime Variable &apos;%1&apos; hat keinen Wert: $(%1) wird als leere Zeichenkette gesendet. Geben Sie ihren Wert unter Variablen ein oder setzen Sie %2.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="184"/>
        <source>Service connection &apos;%1&apos; is not defined in this design. Add it under Connections.</source>
        <translation>Die Dienstverbindung &apos;%1&apos; ist in diesem Entwurf nicht definiert. Fügen Sie sie unter Verbindungen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="245"/>
        <source>Connection &apos;%1&apos; is a %2 connection, but the task&apos;s connection type expects another kind.</source>
        <translation>Verbindung &apos;%1&apos; ist eine %2-Verbindung, der Verbindungstyp der Aufgabe erwartet aber eine andere Art.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="285"/>
        <source>The request URL &apos;%1&apos; is not a valid URL%2.</source>
        <translation>Die Anfrage-URL &apos;%1&apos; ist keine gültige URL%2.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="291"/>
        <source>The request URL &apos;%1&apos; is not http or https.</source>
        <translation>Die Anfrage-URL &apos;%1&apos; ist weder http noch https.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="302"/>
        <source>Headers are not valid JSON: %1</source>
        <translation>Die Header sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="317"/>
        <source>After variables are expanded, the headers are no longer valid JSON (a value probably contains a quote or a backslash): %1</source>
        <translation>Nach dem Ersetzen der Variablen sind die Header kein gültiges JSON mehr (ein Wert enthält wohl ein Anführungszeichen oder einen Backslash): %1</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="372"/>
        <source>Connection &apos;%1&apos; has no access token. Set %2 to a token for the Resource Manager endpoint (e.g. from &apos;az account get-access-token&apos;).</source>
        <translation>Verbindung &apos;%1&apos; hat kein Zugriffstoken. Setzen Sie %2 auf ein Token für den Resource-Manager-Endpunkt (z. B. aus &apos;az account get-access-token&apos;).</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="388"/>
        <source>Connection &apos;%1&apos; has no personal access token. Set %2.</source>
        <translation>Verbindung &apos;%1&apos; hat kein persönliches Zugriffstoken. Setzen Sie %2.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="400"/>
        <source>The headers set Authorization and so does the connection. Azure DevOps does not document which one wins; the dry run sends the one from the headers.</source>
        <translation>Die Header setzen Authorization, und die Verbindung ebenfalls. Azure DevOps dokumentiert nicht, welcher gewinnt; der Probelauf sendet den aus den Headern.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="440"/>
        <source>Header &apos;%1&apos; has a line break (CR or LF) or a NUL character in its name, after variables are expanded. Azure DevOps&apos; HttpClient refuses such a header, and sending it would inject headers or a second request; nothing is sent.</source>
        <translation>Header &apos;%1&apos; enthält nach dem Ersetzen der Variablen einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen im Namen. Der HttpClient von Azure DevOps lehnt einen solchen Header ab, und ihn zu senden würde Header oder eine zweite Anfrage einschleusen; es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="447"/>
        <source>Header &apos;%1&apos; has a line break (CR or LF) or a NUL character in its value, after variables are expanded. Azure DevOps&apos; HttpClient refuses such a header, and sending it would inject headers or a second request; nothing is sent.</source>
        <translation>Header &apos;%1&apos; enthält nach dem Ersetzen der Variablen einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen im Wert. Der HttpClient von Azure DevOps lehnt einen solchen Header ab, und ihn zu senden würde Header oder eine zweite Anfrage einschleusen; es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="460"/>
        <source>No variable defines $(%1); it is sent as the literal text &apos;$(%1)&apos;, as Azure DevOps does.</source>
        <translation>Keine Variable definiert $(%1); es wird wie bei Azure DevOps als wörtlicher Text &apos;$(%1)&apos; gesendet.</translation>
    </message>
</context>
<context>
    <name>RestGate::ResultPanel</name>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="139"/>
        <source>(binary data, %1 bytes; first %2 in hex)
</source>
        <translation>(Binärdaten, %1 Bytes; die ersten %2 hexadezimal)
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="211"/>
        <source>

… %1 more bytes not shown.</source>
        <translation>

… %1 weitere Bytes nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="215"/>
        <source>

(The dry run stopped reading here: the response exceeded its byte cap.)</source>
        <translation>

(Der Probelauf hat hier aufgehört zu lesen: Die Antwort überschritt die Bytegrenze.)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="232"/>
        <source>

… The Pretty view stops after %1 characters; the Tree holds the whole body.</source>
        <translation>

… Die Ansicht „Formatiert“ endet nach %1 Zeichen; die Baumansicht enthält den ganzen Text.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="240"/>
        <source>Highlighting is off for bodies this large, to keep the window quick.</source>
        <translation>Bei so großen Antworten ist die Hervorhebung abgeschaltet, damit das Fenster flüssig bleibt.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="247"/>
        <source>Lines longer than %1 characters are broken for display; the Tree shows values whole.</source>
        <translation>Zeilen mit mehr als %1 Zeichen werden zur Anzeige umbrochen; die Baumansicht zeigt Werte vollständig.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="254"/>
        <source>The body is not JSON (%1), so there is no tree.</source>
        <translation>Der Antworttext ist kein JSON (%1), daher gibt es keine Baumansicht.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="335"/>
        <source>Use in success criteria</source>
        <translation>In Erfolgskriterien übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="469"/>
        <source>Not run yet — press Send (Ctrl+Enter).</source>
        <translation>Noch nicht ausgeführt – drücken Sie „Senden“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="498"/>
        <source>Waiting for the service&apos;s TaskCompleted…</source>
        <translation>Warten auf das TaskCompleted-Ereignis des Dienstes …</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="503"/>
        <source>The service accepted the call. Listening at %1 for its events (Esc cancels).
</source>
        <translation>Der Dienst hat den Aufruf angenommen. Unter %1 wird auf seine Ereignisse gewartet (Esc bricht ab).
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="520"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="539"/>
        <source>%1 · %2 s · %3 received</source>
        <translation>%1 · %2 s · %3 empfangen</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="566"/>
        <source>%1 — TLS CERTIFICATE NOT CHECKED (insecure)</source>
        <translation>%1 — TLS-ZERTIFIKAT NICHT GEPRÜFT (unsicher)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="579"/>
        <source>No success criteria: the response body does not affect the verdict.</source>
        <translation>Keine Erfolgskriterien: Der Antworttext hat keinen Einfluss auf die Bewertung.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="585"/>
        <source>&lt;b&gt;Evaluated:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;b&gt;Value:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Ausgewertet:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;b&gt;Wert:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="630"/>
        <source>%1 %2 · headers %3 ms · total %4 ms · %5</source>
        <translation>%1 %2 · Header %3 ms · gesamt %4 ms · %5</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="637"/>
        <source>No response · %1 ms</source>
        <translation>Keine Antwort · %1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="671"/>
        <source>Protocol: %1
Cipher: %2
Server certificate: %3
Issued by: %4
Expires: %5
</source>
        <translation>Protokoll: %1
Verschlüsselung: %2
Serverzertifikat: %3
Ausgestellt von: %4
Läuft ab: %5
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="675"/>
        <source>
Errors:
%1</source>
        <translation>
Fehler:
%1</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="701"/>
        <source>Preparing the views of a %1 body…</source>
        <translation>Ansichten für einen Antworttext von %1 werden vorbereitet …</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="812"/>
        <source>Re-judged against the last response without sending it again.</source>
        <translation>Anhand der letzten Antwort neu bewertet, ohne sie erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="655"/>
        <source>Redirects:</source>
        <translation>Umleitungen:</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="657"/>
        <source>↪ %1 %2: %3 %4</source>
        <translation>↪ %1 %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="661"/>
        <source>(another origin: %1 not sent)</source>
        <translation>(anderer Ursprung: %1 nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="804"/>
        <source>INCOMPLETE EXPRESSION</source>
        <translation>UNVOLLSTÄNDIGER AUSDRUCK</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="808"/>
        <source>The success criteria does not parse yet (%1). Sent like this, the task would fail.</source>
        <translation>Das Erfolgskriterium lässt sich noch nicht parsen (%1). So gesendet, würde der Task fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="352"/>
        <source>Filter keys and values</source>
        <translation>Schlüssel und Werte filtern</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="353"/>
        <source>Filter the tree by key or value</source>
        <translation>Baum nach Schlüssel oder Wert filtern</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="378"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="385"/>
        <source>&amp;Save body…</source>
        <translation>Body &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="388"/>
        <source>Save the response body exactly as received</source>
        <translation>Den Antwort-Body genau wie empfangen speichern</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="389"/>
        <source>Save the response body to a file</source>
        <translation>Den Antwort-Body in eine Datei speichern</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="402"/>
        <source>Save body…</source>
        <translation>Body speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="408"/>
        <source>C&amp;lear history</source>
        <translation>Verlauf &amp;leeren</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="410"/>
        <source>Clear the run history of this task</source>
        <translation>Den Lauf-Verlauf dieses Tasks leeren</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="878"/>
        <source>The filter looked at the first %L1 values only; the body has more. Expand the tree to see the rest.</source>
        <translation>Der Filter hat nur die ersten %L1 Werte durchsucht; der Body enthält mehr. Klappen Sie den Baum auf, um den Rest zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="883"/>
        <source>No key or value contains “%1”.</source>
        <translation>Kein Schlüssel und kein Wert enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="926"/>
        <location filename="../src/app/result/resultpanel.cpp" line="934"/>
        <source>Save response body</source>
        <translation>Antwort-Body speichern</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="934"/>
        <source>The body could not be saved: %1</source>
        <translation>Der Body konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="981"/>
        <source>This run is from an earlier session: only its time, request line, status, verdict and reasons were kept.</source>
        <translation>Dieser Lauf stammt aus einer früheren Sitzung: Nur Zeit, Anfragezeile, Status, Bewertung und Gründe wurden aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>RestGate::RunAllQueue</name>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="31"/>
        <source>disabled (enabled: false)</source>
        <translation>deaktiviert (enabled: false)</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="91"/>
        <source>not run: cancelled</source>
        <translation>nicht ausgeführt: abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="150"/>
        <source>%1 passed, %2 not passed, %3 skipped</source>
        <translation>%1 bestanden, %2 nicht bestanden, %3 übersprungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/result/runallqueue.cpp" line="152"/>
        <source> · %n to go</source>
        <translation>
            <numerusform> · noch %n</numerusform>
            <numerusform> · noch %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="186"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="188"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="192"/>
        <source>SKIPPED: %1</source>
        <translation>ÜBERSPRUNGEN: %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="200"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="202"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="231"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="233"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="235"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="237"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>RestGate::RunHistory</name>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="128"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="134"/>
        <source>%1 · %2 · %3 · %4 ms</source>
        <translation>%1 · %2 · %3 · %4 ms</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="135"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="132"/>
        <source>%1 (TLS certificate not checked)</source>
        <translation>%1 (TLS-Zertifikat nicht geprüft)</translation>
    </message>
</context>
<context>
    <name>RestGate::RunOnlySecretDialog</name>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="20"/>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="22"/>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="24"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="26"/>
        <source>secret variable</source>
        <translation>geheime Variable</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="28"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="35"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="37"/>
        <source>&amp;Client secret:</source>
        <translation>&amp;Clientgeheimnis:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="39"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="41"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="43"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="56"/>
        <source>The OS keychain is not available, so the %1 of connection &apos;%2&apos; cannot be stored or read there.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht verfügbar, daher kann das Geheimnis (%1) der Verbindung „%2“ dort weder gespeichert noch gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="60"/>
        <source>The keychain said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="63"/>
        <source>RestGate never writes secrets to a file. Enter the %1 to keep it in memory for this run of RestGate only; it is forgotten when you quit.</source>
        <translation>RestGate schreibt Geheimnisse nie in eine Datei. Geben Sie das Geheimnis (%1) ein, um es nur für diese Sitzung von RestGate im Arbeitsspeicher zu halten; beim Beenden wird es verworfen.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="66"/>
        <source>RestGate never writes secrets to a file. Keep the secrets you entered in memory for this run of RestGate only? They are forgotten when you quit.</source>
        <translation>RestGate schreibt Geheimnisse nie in eine Datei. Sollen die eingegebenen Geheimnisse nur für diese Sitzung von RestGate im Arbeitsspeicher gehalten werden? Beim Beenden werden sie verworfen.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="72"/>
        <source>&amp;Keep for this run only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>RestGate::SecretStore</name>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="53"/>
        <source>No Secret Service is available (is gnome-keyring or KWallet running?)</source>
        <translation>Kein Secret Service verfügbar (läuft gnome-keyring oder KWallet?)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="55"/>
        <source>No Secret Service is available (is gnome-keyring or KWallet running?): %1</source>
        <translation>Kein Secret Service verfügbar (läuft gnome-keyring oder KWallet?): %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="80"/>
        <source>The keychain refused access (it is locked, or its unlock prompt was dismissed): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist gesperrt oder seine Entsperrabfrage wurde geschlossen): %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="98"/>
        <source>libsecret is not installed (Debian and Ubuntu: package libsecret-1-0), so the Secret Service cannot be reached</source>
        <translation>libsecret ist nicht installiert (Debian und Ubuntu: Paket libsecret-1-0), daher ist der Secret Service nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="104"/>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="133"/>
        <source>The keychain did not answer within %1 s (is it locked and waiting for an unlock prompt nobody can answer?).</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf eine Entsperrabfrage, die niemand beantworten kann?).</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="147"/>
        <source>The keychain operation was cancelled.</source>
        <translation>Der Schlüsselbundvorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="305"/>
        <source>Cannot read the %1: the key is not valid.</source>
        <translation>%1 kann nicht gelesen werden: Der Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="319"/>
        <source>Cannot store the %1: the key is not valid.</source>
        <translation>%1 kann nicht gespeichert werden: Der Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="333"/>
        <source>Cannot remove the %1: the key is not valid.</source>
        <translation>%1 kann nicht entfernt werden: Der Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="374"/>
        <source>Cannot move or remove keychain entries: &apos;%1&apos; is not a stable id.</source>
        <translation>Schlüsselbundeinträge können nicht verschoben oder entfernt werden: &apos;%1&apos; ist keine stabile ID.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="409"/>
        <source>(%1 of the entries had already been removed.)</source>
        <translation>(%1 der Einträge waren bereits entfernt.)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="411"/>
        <source>(%1 of the entries had already been moved.)</source>
        <translation>(%1 der Einträge waren bereits verschoben.)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="412"/>
        <source>(%1 of the entries had already been copied.)</source>
        <translation>(%1 der Einträge waren bereits kopiert.)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskConfig</name>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="155"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="165"/>
        <source>%1 is the expression &apos;%2&apos;; the dry run uses it as it expands.</source>
        <translation>%1 ist der Ausdruck &apos;%2&apos;; der Probelauf verwendet ihn so, wie er sich erweitert.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="173"/>
        <source>%1 &apos;%2&apos; is not one of %3.</source>
        <translation>%1 &apos;%2&apos; ist keiner der Werte %3.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="180"/>
        <source>%1 is %2 characters long; the task allows at most %3.</source>
        <translation>%1 ist %2 Zeichen lang; die Aufgabe erlaubt höchstens %3.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="187"/>
        <source>Body is hidden for %1 requests in Azure DevOps (the task shows it only when method is not GET or HEAD), so it is not sent.</source>
        <translation>Der Body ist bei %1-Anfragen in Azure DevOps ausgeblendet (die Aufgabe zeigt ihn nur, wenn die Methode nicht GET oder HEAD ist), daher wird er nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="193"/>
        <source>Success criteria is ignored when the completion event is Callback: the service&apos;s TaskCompleted event decides the result.</source>
        <translation>Erfolgskriterien werden ignoriert, wenn das Abschlussereignis Callback ist: Das TaskCompleted-Ereignis des Dienstes entscheidet über das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="198"/>
        <source>%1 is set but not used with this connection type.</source>
        <translation>%1 ist gesetzt, wird bei diesem Verbindungstyp aber nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="207"/>
        <source>&apos;%1&apos; is not an input of %2; Azure DevOps rejects unknown inputs.</source>
        <translation>&apos;%1&apos; ist keine Eingabe von %2; Azure DevOps lehnt unbekannte Eingaben ab.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="214"/>
        <source>Timeout must be zero (no limit) or a positive number of minutes.</source>
        <translation>Das Timeout muss null (keine Grenze) oder eine positive Anzahl Minuten sein.</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskDefinition</name>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="36"/>
        <source>Completion Options</source>
        <translation>Abschlussoptionen</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="37"/>
        <source>Generic endpoint</source>
        <translation>Generischer Endpunkt</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="38"/>
        <source>Select a generic endpoint that should be used to pick the url and construct authorization header for the http request.</source>
        <translation>Wählen Sie einen generischen Endpunkt aus, der zum Auswählen der URL und zum Erstellen des Autorisierungsheaders für die HTTP-Anforderung verwendet werden soll.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="41"/>
        <source>Select the http method with which the API should be invoked with.</source>
        <translation>Wählen Sie die HTTP-Methode aus, mit der die API aufgerufen werden soll.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="42"/>
        <source>Url suffix string</source>
        <translation>URL-Suffix-Zeichenfolge</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="43"/>
        <source>Given string append to the url. Example: If endpoint url is https:...TestProj/_apis/Release/releases and url suffix is /2/environments/1, endpoint url becomes https:.../TestProj/_apis/Release/releases/2/environments/1. If url suffix is ?definitionId=1&amp;releaseCount=1 then endpoint url becomes https//...TestProj/_apis/Release/releases?definitionId=1&amp;releaseCount=1.</source>
        <translation>Die angegebene Zeichenfolge wird an die URL gehängt. Beispiel: Wenn die Endpunkt-URL https:...TestProj/_apis/Release/releases und das URL-Suffix &quot;/2/environments/1&quot; lautet, wird die Endpunkt-URL zu https:.../TestProj/_apis/Release/releases/2/environments/1. Wenn das URL-Suffix &quot;?definitionId=1&amp;releaseCount=1&quot; lautet, wird die Endpunkt-URL zu https//...TestProj/_apis/Release/releases?definitionId=1&amp;releaseCount=1.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="49"/>
        <source>Complete based on</source>
        <translation>Abschließen basierend auf</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="50"/>
        <source>Default value &quot;ApiResponse&quot;. Available values :  &quot;ApiResponse&quot;, &quot;Callback&quot; call where the REST API calls back to update the timeline record.</source>
        <translation>Der Standardwert lautet &quot;ApiResponse&quot;. Mögliche Werte: &quot;ApiResponse&quot; bzw. &quot;Callback&quot;, wenn die REST-API einen Rückruf zum Aktualisieren des Zeitachsendatensatzes ausführt.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="53"/>
        <source>Criteria which defines when to pass the task. No criteria means response content does not influence the result. Example:- For response {&quot;status&quot; : &quot;successful&quot;}, the expression can be eq(root[&apos;status&apos;], &apos;successful&apos;). [More Information](https://go.microsoft.com/fwlink/?linkid=842996)</source>
        <translation>Kriterien, die definieren, wann die Aufgabe übergeben wird. Ohne Kriterium hat der Antwortinhalt keinen Einfluss auf das Ergebnis. Beispiel: Für die Antwort &quot;{&quot;status&quot; : &quot;successful&quot;}&quot; kann der Ausdruck &quot;eq(root[&apos;status&apos;], &apos;successful&apos;)&quot; lauten. [Weitere Informationen](https://go.microsoft.com/fwlink/?linkid=842996)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskEdits</name>
    <message>
        <location filename="../src/app/document/taskedits.cpp" line="47"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
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
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/design/taskform.cpp" line="516"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n Header</numerusform>
            <numerusform>%n Header</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="533"/>
        <source>Request URL: </source>
        <translation>Anforderungs-URL: </translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="537"/>
        <source>(choose a service connection)</source>
        <translation>(Dienstverbindung auswählen)</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="547"/>
        <source>No variable defines this; it is sent as written.</source>
        <translation>Keine Variable definiert dies; es wird unverändert gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="577"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="577"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="713"/>
        <location filename="../src/app/design/taskform.cpp" line="721"/>
        <source>Help for %1</source>
        <translation>Hilfe zu %1</translation>
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
        <translation>Aufgabe hinzufügen (Strg+T)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="35"/>
        <source>Dup</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="35"/>
        <source>Duplicate task</source>
        <translation>Aufgabe duplizieren</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="36"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="36"/>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="37"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="37"/>
        <source>Move task up (Alt+Up)</source>
        <translation>Aufgabe nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="38"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="38"/>
        <source>Move task down (Alt+Down)</source>
        <translation>Aufgabe nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="40"/>
        <source>&amp;Tasks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="55"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="68"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="73"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="77"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="81"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="123"/>
        <source>Task %1 (restgate-cli --task %1)</source>
        <translation>Aufgabe %1 (restgate-cli --task %1)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="129"/>
        <source>Task %1, disabled (enabled: false)</source>
        <translation>Aufgabe %1, deaktiviert (enabled: false)</translation>
    </message>
</context>
<context>
    <name>RestGate::TlsRules</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="541"/>
        <source>the certificate of &apos;%1&apos; has expired (on %2)</source>
        <translation>das Zertifikat von &apos;%1&apos; ist abgelaufen (am %2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="545"/>
        <source>the certificate of &apos;%1&apos; is not valid yet (from %2)</source>
        <translation>das Zertifikat von &apos;%1&apos; ist noch nicht gültig (ab %2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="550"/>
        <source>the certificate of &apos;%1&apos; is self-signed and not trusted</source>
        <translation>das Zertifikat von &apos;%1&apos; ist selbstsigniert und nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="554"/>
        <source>the chain of &apos;%1&apos; ends in a self-signed CA that is not trusted (give it with --cacert)</source>
        <translation>die Kette von &apos;%1&apos; endet in einer selbstsignierten, nicht vertrauenswürdigen CA (geben Sie sie mit --cacert an)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="563"/>
        <source>host name mismatch: the certificate of &apos;%1&apos; is for %2, not for this host</source>
        <translation>Hostname stimmt nicht überein: Das Zertifikat von &apos;%1&apos; gilt für %2, nicht für diesen Host</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="572"/>
        <source>the certificate of &apos;%1&apos; was issued by an unknown CA (&apos;%2&apos;); trust that CA with --cacert or the CA file in Preferences</source>
        <translation>das Zertifikat von &apos;%1&apos; wurde von einer unbekannten CA ausgestellt (&apos;%2&apos;); vertrauen Sie dieser CA mit --cacert oder der CA-Datei in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="578"/>
        <source>the certificate of &apos;%1&apos; has been revoked</source>
        <translation>das Zertifikat von &apos;%1&apos; wurde widerrufen</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="583"/>
        <source>the certificate of &apos;%1&apos; is not trusted for this purpose</source>
        <translation>das Zertifikat von &apos;%1&apos; ist für diesen Zweck nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="587"/>
        <source>the server sent no certificate</source>
        <translation>der Server hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="589"/>
        <source>the certificate of &apos;%1&apos; is not meant for a TLS server</source>
        <translation>das Zertifikat von &apos;%1&apos; ist nicht für einen TLS-Server gedacht</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="595"/>
        <source>the signature on the certificate of &apos;%1&apos; does not verify</source>
        <translation>die Signatur des Zertifikats von &apos;%1&apos; lässt sich nicht prüfen</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="601"/>
        <source>%1 (certificate of &apos;%2&apos;)</source>
        <translation>%1 (Zertifikat von &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="613"/>
        <source>INSECURE: the server&apos;s TLS certificate was NOT checked (--insecure / the Preferences setting). Azure DevOps checks it, so this verdict says nothing about the certificate.</source>
        <translation>UNSICHER: Das TLS-Zertifikat des Servers wurde NICHT geprüft (--insecure / die Option in den Einstellungen). Azure DevOps prüft es, daher sagt dieses Urteil nichts über das Zertifikat aus.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="625"/>
        <source>Checked, the certificate would have been refused: %1.</source>
        <translation>Bei einer Prüfung wäre das Zertifikat abgelehnt worden: %1.</translation>
    </message>
</context>
<context>
    <name>RestGate::TraceModel</name>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="130"/>
        <location filename="../src/app/result/tracemodel.cpp" line="167"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="130"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="133"/>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="135"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="147"/>
        <source>Reads %1 from the response</source>
        <translation>Liest %1 aus der Antwort</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="169"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="187"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="189"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="191"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>RestGate::VariablesModel</name>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="270"/>
        <source>(no value this session)</source>
        <translation>(in dieser Sitzung kein Wert)</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="291"/>
        <source>Set by the dry run as Azure Pipelines sets it; read-only.</source>
        <translation>Vom Probelauf so gesetzt, wie Azure Pipelines sie setzt; schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="293"/>
        <source>Secret: the value is kept in memory for this session only and never saved.</source>
        <translation>Geheim: Der Wert wird nur für diese Sitzung im Arbeitsspeicher gehalten und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="362"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="364"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="366"/>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
</context>
<context>
    <name>RestGate::VariablesPanel</name>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="114"/>
        <source>Type a new secret value</source>
        <translation>Neuen geheimen Wert eingeben</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="115"/>
        <source>Type the secret value</source>
        <translation>Geheimen Wert eingeben</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="588"/>
        <source>Current variable set</source>
        <translation>Aktueller Variablensatz</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="617"/>
        <source>There is no variable set named “%1”.</source>
        <translation>Es gibt keinen Variablensatz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="656"/>
        <location filename="../src/app/design/variablespanel.cpp" line="660"/>
        <source>New variable set</source>
        <translation>Neuer Variablensatz</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="656"/>
        <source>Name of the set (e.g. dev, prod):</source>
        <translation>Name des Satzes (z. B. dev, prod):</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="669"/>
        <location filename="../src/app/design/variablespanel.cpp" line="672"/>
        <source>Rename variable set</source>
        <translation>Variablensatz umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="669"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="679"/>
        <source>Delete variable set</source>
        <translation>Variablensatz löschen</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="680"/>
        <source>Delete the variable set “%1” and its variables?</source>
        <translation>Den Variablensatz „%1“ mit seinen Variablen löschen?</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="701"/>
        <source>A variable set needs a name.</source>
        <translation>Ein Variablensatz braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="703"/>
        <source>There already is a variable set named “%1”.</source>
        <translation>Es gibt bereits einen Variablensatz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="713"/>
        <source>(none: base variables only)</source>
        <translation>(keiner: nur Basisvariablen)</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="741"/>
        <source>&amp;Variables of set “%1” (they override the base ones):</source>
        <translation>&amp;Variablen des Satzes „%1“ (sie überschreiben die Basisvariablen):</translation>
    </message>
</context>
<context>
    <name>RestGate::YamlPane</name>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="139"/>
        <source>Select a task to see it as a pipeline step.</source>
        <translation>Wählen Sie eine Aufgabe aus, um sie als Pipeline-Schritt zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="142"/>
        <source>Selected task</source>
        <translation>Ausgewählte Aufgabe</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="143"/>
        <source>All tasks of the design</source>
        <translation>Alle Aufgaben des Entwurfs</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="153"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="154"/>
        <source>Job (pool: server)</source>
        <translation>Auftrag (pool: server)</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="155"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="300"/>
        <source>Azure DevOps would refuse this YAML when the pipeline runs:</source>
        <translation>Azure DevOps würde dieses YAML beim Ausführen der Pipeline ablehnen:</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="301"/>
        <source>The Azure Pipelines schema rejects this YAML:</source>
        <translation>Das Schema von Azure Pipelines lehnt dieses YAML ab:</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="304"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="355"/>
        <location filename="../src/app/design/yamlpane.cpp" line="361"/>
        <source>Save pipeline YAML</source>
        <translation>Pipeline-YAML speichern</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="356"/>
        <source>Pipeline YAML (*.yml *.yaml);;All files (*)</source>
        <translation>Pipeline-YAML (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="369"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="248"/>
        <source>The connection “%1” that a task names is not in this design; the pipeline needs a service connection of that name in the project.</source>
        <translation>Die Verbindung „%1“, die ein Task nennt, ist nicht in diesem Entwurf; die Pipeline braucht im Projekt eine Dienstverbindung dieses Namens.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.ui" line="9"/>
        <source>Dry-run result</source>
        <translation>Ergebnis des Probelaufs</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="14"/>
        <source>Not run yet — press Send (Ctrl+Enter).</source>
        <translation>Noch nicht ausgeführt – drücken Sie „Senden“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="17"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="25"/>
        <source>Reasons for the verdict</source>
        <translation>Gründe für die Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="31"/>
        <source>Re-judged verdict note</source>
        <translation>Hinweis zur Neubewertung</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="39"/>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="47"/>
        <source>Request in progress</source>
        <translation>Anforderung läuft</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="55"/>
        <source>Response details</source>
        <translation>Antwortdetails</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="57"/>
        <source>Body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="62"/>
        <source>About the body view</source>
        <translation>Zur Ansicht des Antworttexts</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="70"/>
        <source>Body views</source>
        <translation>Ansichten des Antworttexts</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="72"/>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="82"/>
        <source>Response body, pretty-printed</source>
        <translation>Antworttext, formatiert</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="88"/>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="98"/>
        <source>Response body as received</source>
        <translation>Antworttext wie empfangen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="104"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="114"/>
        <source>Response body as a tree</source>
        <translation>Antworttext als Baum</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="127"/>
        <source>&amp;Use in success criteria</source>
        <translation>In Erfolgs&amp;kriterien übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="128"/>
        <source>Put a criteria that holds for the selected value into the task (Ctrl+Shift+U)</source>
        <translation>Ein Kriterium, das für den ausgewählten Wert gilt, in die Aufgabe einfügen (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="129"/>
        <source>Use the selected value in the success criteria</source>
        <translation>Ausgewählten Wert in den Erfolgskriterien verwenden</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="141"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="146"/>
        <source>Response headers</source>
        <translation>Antwortheader</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="150"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="156"/>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="162"/>
        <source>Request as sent</source>
        <translation>Anforderung wie gesendet</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="168"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="174"/>
        <source>Task log</source>
        <translation>Aufgabenprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="180"/>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="186"/>
        <source>Callback timeline</source>
        <translation>Callback-Zeitachse</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="192"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="199"/>
        <source>Success criteria and its value</source>
        <translation>Erfolgskriterien und ihr Wert</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="205"/>
        <source>Select a value read from the response to show it in the Body tree</source>
        <translation>Wählen Sie einen aus der Antwort gelesenen Wert aus, um ihn im Baum des Antworttexts zu zeigen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="206"/>
        <source>Evaluation trace</source>
        <translation>Auswertungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="213"/>
        <source>Notes on the evaluation</source>
        <translation>Hinweise zur Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="219"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="225"/>
        <source>TLS connection details</source>
        <translation>Details der TLS-Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="231"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="235"/>
        <source>Select a run to show it again</source>
        <translation>Wählen Sie einen Lauf aus, um ihn erneut anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="236"/>
        <source>Run history of this task</source>
        <translation>Ausführungsverlauf dieser Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="248"/>
        <source>Run &amp;again</source>
        <translation>Erneut a&amp;usführen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="249"/>
        <source>Run the task again</source>
        <translation>Aufgabe erneut ausführen</translation>
    </message>
</context>
<context>
    <name>RunOnlySecretDialog</name>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="9"/>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="16"/>
        <source>Why the secret cannot be stored</source>
        <translation>Warum das Geheimnis nicht gespeichert werden kann</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="23"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="30"/>
        <source>Secret for this run only</source>
        <translation>Geheimnis nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../src/cli/runreport.cpp" line="142"/>
        <source>(another origin: %1 not sent)</source>
        <translation>(anderer Ursprung: %1 nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="150"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="163"/>
        <source>response body:</source>
        <translation>Antworttext:</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="171"/>
        <source>callback:</source>
        <translation>Callback:</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="177"/>
        <source>criteria trace:</source>
        <translation>Kriterien-Ablauf:</translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="33"/>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="35"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="37"/>
        <source>TIMED OUT</source>
        <translation>ZEITÜBERSCHREITUNG</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="39"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="41"/>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="43"/>
        <source>NOT COMPLETED</source>
        <translation>NICHT ABGESCHLOSSEN</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="78"/>
        <source>Redirects are not followed (--no-redirects / Preferences): the dry run stopped at this %1 %2 to &apos;%3&apos;. Azure DevOps&apos; HttpClient would follow it.</source>
        <translation>Umleitungen werden nicht verfolgt (--no-redirects / Einstellungen): Der Probelauf hielt bei dieser Umleitung %1 %2 nach &apos;%3&apos; an. Der HttpClient von Azure DevOps würde ihr folgen.</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../ui/taskform.ui" line="9"/>
        <source>Task inputs</source>
        <translation>Aufgabeneingaben</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="19"/>
        <source>Task &amp;version</source>
        <translation>Aufgabenv&amp;ersion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="28"/>
        <source>Task version</source>
        <translation>Aufgabenversion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="35"/>
        <source>&amp;Display name</source>
        <translation>Anzeige&amp;name</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="44"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="53"/>
        <source>Display name findings</source>
        <translation>Hinweise zum Anzeigenamen</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="63"/>
        <location filename="../ui/taskform.ui" line="88"/>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
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
        <translation>Hilfe zu Verbindungstyp</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="96"/>
        <source>Connection type findings</source>
        <translation>Hinweise zum Verbindungstyp</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="106"/>
        <source>Generic service connection</source>
        <translation>Generische Dienstverbindung</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="115"/>
        <source>Help for Service connection</source>
        <translation>Hilfe zu Dienstverbindung</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="137"/>
        <source>Service connection</source>
        <translation>Dienstverbindung</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="142"/>
        <source>Manage…</source>
        <translation>Verwalten …</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="143"/>
        <source>Manage service connections</source>
        <translation>Dienstverbindungen verwalten</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="153"/>
        <source>Service connection findings</source>
        <translation>Hinweise zur Dienstverbindung</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="163"/>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="172"/>
        <source>Help for Method</source>
        <translation>Hilfe zu Methode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="188"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="196"/>
        <source>Method findings</source>
        <translation>Hinweise zur Methode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="206"/>
        <source>&amp;Headers</source>
        <translation>Heade&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="215"/>
        <source>Help for Headers</source>
        <translation>Hilfe zu Header</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="231"/>
        <source>Headers (JSON)</source>
        <translation>Header (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="239"/>
        <source>Headers validation</source>
        <translation>Prüfung der Header</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="252"/>
        <source>Headers length</source>
        <translation>Länge der Header</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="257"/>
        <source>Reset to task default</source>
        <translation>Auf Standard der Aufgabe zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="258"/>
        <source>Reset headers to the task default</source>
        <translation>Header auf den Standard der Aufgabe zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="268"/>
        <source>Headers findings</source>
        <translation>Hinweise zu den Headern</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="278"/>
        <source>&amp;Body</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="287"/>
        <source>Help for Body</source>
        <translation>Hilfe zu Text</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="303"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="310"/>
        <source>Body length</source>
        <translation>Länge des Texts</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="318"/>
        <source>Body findings</source>
        <translation>Hinweise zum Text</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="328"/>
        <source>&amp;URL suffix and parameters</source>
        <translation>&amp;URL-Suffix und Parameter</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="337"/>
        <source>Help for URL suffix and parameters</source>
        <translation>Hilfe zu URL-Suffix und Parameter</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="353"/>
        <source>URL suffix and parameters</source>
        <translation>URL-Suffix und Parameter</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="361"/>
        <source>Request URL</source>
        <translation>Anforderungs-URL</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="369"/>
        <source>URL suffix findings</source>
        <translation>Hinweise zum URL-Suffix</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="378"/>
        <location filename="../ui/taskform.ui" line="381"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="395"/>
        <source>Completion &amp;event</source>
        <translation>Abs&amp;chlussereignis</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="404"/>
        <source>Help for Completion event</source>
        <translation>Hilfe zu Abschlussereignis</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="420"/>
        <source>Completion event</source>
        <translation>Abschlussereignis</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="428"/>
        <source>Completion event findings</source>
        <translation>Hinweise zum Abschlussereignis</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="438"/>
        <source>&amp;Success criteria</source>
        <translation>Erfolgs&amp;kriterien</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="447"/>
        <source>Help for Success criteria</source>
        <translation>Hilfe zu Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="463"/>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="464"/>
        <source>e.g. eq(root[&apos;status&apos;], &apos;successful&apos;)</source>
        <translation>z. B. eq(root[&apos;status&apos;], &apos;successful&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="471"/>
        <source>Success criteria validation</source>
        <translation>Prüfung der Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="479"/>
        <source>Success criteria findings</source>
        <translation>Hinweise zu den Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="492"/>
        <location filename="../ui/taskform.ui" line="493"/>
        <source>Control options</source>
        <translation>Steuerungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="497"/>
        <source>E&amp;nabled</source>
        <translation>Aktivier&amp;t</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="499"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="504"/>
        <source>C&amp;ontinue on error</source>
        <translation>Bei Feh&amp;ler fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="505"/>
        <source>Continue on error</source>
        <translation>Bei Fehler fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="510"/>
        <source>&amp;Timeout (minutes)</source>
        <translation>Time&amp;out (Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="519"/>
        <source>Timeout in minutes</source>
        <translation>Timeout in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="520"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="529"/>
        <source>Timeout findings</source>
        <translation>Hinweise zum Timeout</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="536"/>
        <source>&amp;Run this task</source>
        <translation>D&amp;iese Aufgabe ausführen</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="545"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="546"/>
        <source>succeeded()</source>
        <translation>succeeded()</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="554"/>
        <source>Condition findings</source>
        <translation>Hinweise zur Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="566"/>
        <source>Validation findings</source>
        <translation>Prüfergebnisse</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="79"/>
        <source>Connection refused: nothing is listening at %1.</source>
        <translation>Verbindung abgelehnt: An %1 lauscht nichts.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="85"/>
        <source>Host not found: the name &apos;%1&apos; could not be resolved (DNS).</source>
        <translation>Host nicht gefunden: Der Name &apos;%1&apos; konnte nicht aufgelöst werden (DNS).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="91"/>
        <source>TLS failure talking to %1: %2</source>
        <translation>TLS-Fehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="95"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="99"/>
        <source>Too many redirects starting at %1.</source>
        <translation>Zu viele Umleitungen ab %1.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="103"/>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="131"/>
        <source>The %1 refused the connection: nothing is listening there (set by %2). %3 was not reached.</source>
        <translation>Der %1 hat die Verbindung abgelehnt: Dort lauscht nichts (festgelegt durch %2). %3 wurde nicht erreicht.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="138"/>
        <source>The proxy host &apos;%1&apos; could not be resolved (DNS; set by %2).</source>
        <translation>Der Proxy-Host &apos;%1&apos; konnte nicht aufgelöst werden (DNS; festgelegt durch %2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="141"/>
        <source>The %1 did not answer in time (set by %2).</source>
        <translation>Der %1 hat nicht rechtzeitig geantwortet (festgelegt durch %2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="149"/>
        <source>The %1 requires authentication%2: give a proxy user and password (user@ in the proxy URL with --proxy-password-env, or Preferences).</source>
        <translation>Der %1 verlangt eine Anmeldung%2: Geben Sie einen Proxy-Benutzer und ein Passwort an (user@ in der Proxy-URL mit --proxy-password-env, oder in den Einstellungen).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="153"/>
        <source>The %1 refused the credentials of user &apos;%2&apos;%3.</source>
        <translation>Der %1 hat die Anmeldedaten des Benutzers &apos;%2&apos; abgelehnt%3.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="159"/>
        <source>The %1 closed the connection before %2 answered (set by %3).</source>
        <translation>Der %1 hat die Verbindung geschlossen, bevor %2 geantwortet hat (festgelegt durch %3).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="229"/>
        <location filename="../src/core/run/taskrunner.cpp" line="605"/>
        <source>The dry run was cancelled.</source>
        <translation>Der Probelauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="359"/>
        <source>Too many redirects: more than %1 starting at %2.</source>
        <translation>Zu viele Umleitungen: mehr als %1 ab %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="366"/>
        <source>The server redirected (%1) to &apos;%2&apos;, which is not an http or https URL.</source>
        <translation>Der Server hat (%1) nach &apos;%2&apos; umgeleitet, was keine http- oder https-URL ist.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="374"/>
        <source>The server redirected (%1) from https to plain http (&apos;%2&apos;); the dry run does not follow a redirect that drops TLS.</source>
        <translation>Der Server hat (%1) von https auf einfaches http umgeleitet (&apos;%2&apos;); der Probelauf folgt keiner Umleitung, die TLS aufgibt.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="440"/>
        <source>The response headers could not be read: they are too large (a single line over a few KB, or too many of them) or malformed. .NET&apos;s HttpClient, which Azure DevOps uses, refuses response headers over %1 bytes (MaxResponseHeadersLength); the dry run stopped.</source>
        <translation>Die Antwort-Header konnten nicht gelesen werden: Sie sind zu groß (eine einzelne Zeile über einige KB oder zu viele davon) oder fehlerhaft. Der .NET-HttpClient, den Azure DevOps verwendet, lehnt Antwort-Header über %1 Bytes ab (MaxResponseHeadersLength); der Probelauf wurde beendet.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="448"/>
        <source>The response headers are over %1 bytes; .NET&apos;s HttpClient, which Azure DevOps uses, refuses them (MaxResponseHeadersLength), so the dry run stopped reading.</source>
        <translation>Die Antwort-Header sind größer als %1 Bytes; der .NET-HttpClient, den Azure DevOps verwendet, lehnt sie ab (MaxResponseHeadersLength), daher hat der Probelauf das Lesen beendet.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="579"/>
        <source>The request timed out after %1 seconds as no response was received.</source>
        <translation>Die Anfrage ist nach %1 Sekunden abgelaufen, da keine Antwort einging.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="588"/>
        <source>In Callback mode the service must answer the initial call at once (e.g. 202 Accepted) and report completion later.</source>
        <translation>Im Callback-Modus muss der Dienst den ersten Aufruf sofort beantworten (z. B. 202 Accepted) und den Abschluss später melden.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="592"/>
        <source>Azure DevOps allows an API-response task 20 seconds in all, whatever the task&apos;s timeout says. Use Callback for longer work.</source>
        <translation>Azure DevOps gibt einer API-Response-Aufgabe insgesamt 20 Sekunden, unabhängig vom Timeout der Aufgabe. Für längere Arbeit Callback verwenden.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="619"/>
        <source>The response was cut at the dry-run cap of %1 bytes: the body is longer, so the dry run stopped reading and cannot judge it (the first %1 bytes are kept).</source>
        <translation>Die Antwort wurde an der Probelauf-Grenze von %1 Bytes abgeschnitten: Der Body ist länger, daher hat der Probelauf das Lesen beendet und kann ihn nicht beurteilen (die ersten %1 Bytes bleiben erhalten).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="629"/>
        <source>The response body could not be decompressed (Content-Encoding: %1): %2.</source>
        <translation>Der Antworttext konnte nicht dekomprimiert werden (Content-Encoding: %1): %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="648"/>
        <source>the connection ended</source>
        <translation>die Verbindung wurde beendet</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="650"/>
        <source>The response was cut short: %1 of the %2 bytes its Content-Length announced arrived before the connection broke (%3).</source>
        <translation>Die Antwort ist unvollständig: %1 der %2 Bytes, die ihr Content-Length ankündigte, kamen an, bevor die Verbindung abbrach (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="657"/>
        <source>The response was cut short: the connection broke after %1 bytes of the body (%2).</source>
        <translation>Die Antwort ist unvollständig: Die Verbindung brach nach %1 Bytes des Bodys ab (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="666"/>
        <source>The response was cut short: its %1-compressed body stops after %2 bytes, before the end of the compressed stream (the connection ended).</source>
        <translation>Die Antwort ist unvollständig: Ihr %1-komprimierter Body endet nach %2 Bytes, vor dem Ende des komprimierten Datenstroms (die Verbindung wurde beendet).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="695"/>
        <source>TLS failure talking to %1: the server&apos;s certificate was refused (%2).</source>
        <translation>TLS-Fehler bei der Verbindung mit %1: Das Zertifikat des Servers wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="709"/>
        <source>The server seems to want a client certificate: give one with --cert (and --key), or in Preferences ▸ Network.</source>
        <translation>Der Server verlangt offenbar ein Client-Zertifikat: Geben Sie eines mit --cert (und --key) an oder unter Einstellungen ▸ Netzwerk.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="714"/>
        <source>The request went through %1 (%2).</source>
        <translation>Die Anfrage lief über %1 (%2).</translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../ui/variablespanel.ui" line="9"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="16"/>
        <source>Current &amp;set:</source>
        <translation>Aktueller Sat&amp;z:</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="22"/>
        <source>Current variable set</source>
        <translation>Aktueller Variablensatz</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="23"/>
        <source>The variable set used for dry runs: its variables override the base ones</source>
        <translation>Der Variablensatz für Probeläufe: Seine Variablen überschreiben die Basisvariablen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="31"/>
        <source>&amp;New set…</source>
        <translation>&amp;Neuer Satz …</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="32"/>
        <source>Add a variable set</source>
        <translation>Variablensatz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="37"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="38"/>
        <source>Rename the current variable set</source>
        <translation>Aktuellen Variablensatz umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="43"/>
        <source>&amp;Delete set</source>
        <translation>Satz &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="44"/>
        <source>Delete the current variable set</source>
        <translation>Aktuellen Variablensatz löschen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="53"/>
        <source>&amp;Base variables (every set starts from these):</source>
        <translation>&amp;Basisvariablen (jeder Satz geht von ihnen aus):</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="83"/>
        <source>Base variables</source>
        <translation>Basisvariablen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="66"/>
        <source>Add a base variable</source>
        <translation>Basisvariable hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="72"/>
        <source>&amp;Remove variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="73"/>
        <source>Remove the selected base variable</source>
        <translation>Ausgewählte Basisvariable entfernen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="121"/>
        <source>Variables of the current set</source>
        <translation>Variablen des aktuellen Satzes</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="104"/>
        <source>Add a variable to the current set</source>
        <translation>Variable zum aktuellen Satz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="110"/>
        <source>Remove from set</source>
        <translation>Aus Satz entfernen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="111"/>
        <source>Remove the selected variable from the current set</source>
        <translation>Ausgewählte Variable aus dem aktuellen Satz entfernen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="129"/>
        <source>Where secret values are kept</source>
        <translation>Wo geheime Werte aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="131"/>
        <source>Secret values (shown as ••••) are kept in memory for this session only: they are never written to the design file, the autosave or the settings, and are gone when RestGate closes. restgate-cli takes them from RESTGATE_SECRET_&lt;NAME&gt; or --var.</source>
        <translation>Geheime Werte (angezeigt als ••••) werden nur für diese Sitzung im Arbeitsspeicher gehalten: Sie werden nie in die Entwurfsdatei, die automatische Sicherung oder die Einstellungen geschrieben und sind fort, sobald RestGate beendet wird. restgate-cli liest sie aus RESTGATE_SECRET_&lt;NAME&gt; oder --var.</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="65"/>
        <source>+ &amp;Add variable</source>
        <translation>+ Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="67"/>
        <location filename="../ui/variablespanel.ui" line="105"/>
        <source>Adds a row and edits its name; Tab or Enter goes on to the value (Insert in the table does the same)</source>
        <translation>Fügt eine Zeile hinzu und bearbeitet ihren Namen; Tab oder Eingabe geht weiter zum Wert (Einfg in der Tabelle tut dasselbe)</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="103"/>
        <source>+ Add variable to se&amp;t</source>
        <translation>+ Variable zum Sa&amp;tz hinzufügen</translation>
    </message>
</context>
<context>
    <name>YamlPane</name>
    <message>
        <location filename="../ui/yamlpane.ui" line="9"/>
        <source>Pipeline YAML</source>
        <translation>Pipeline-YAML</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="20"/>
        <source>&amp;Write as:</source>
        <translation>S&amp;chreiben als:</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="26"/>
        <source>Export form</source>
        <translation>Exportform</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="27"/>
        <source>A step to paste under steps:, a pool: server job to paste under jobs:, or a stage around that job</source>
        <translation>Ein Schritt zum Einfügen unter steps:, ein pool: server-Auftrag zum Einfügen unter jobs: oder eine Phase um diesen Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="32"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="33"/>
        <source>The selected task, or every task of the design (as one job in the job and stage forms)</source>
        <translation>Die ausgewählte Aufgabe oder alle Aufgaben des Entwurfs (in den Formen Auftrag und Phase als ein Auftrag)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="38"/>
        <source>Write &amp;defaults</source>
        <translation>&amp;Standardwerte schreiben</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="39"/>
        <source>Also write inputs that equal the task&apos;s default (e.g. waitForCompletion: &apos;false&apos;)</source>
        <translation>Auch Eingaben schreiben, die dem Standardwert der Aufgabe entsprechen (z. B. waitForCompletion: &apos;false&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="44"/>
        <source>task.json &amp;names</source>
        <translation>task.json-&amp;Namen</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="45"/>
        <source>Write the inputs under their task.json names (connectedServiceName, …) instead of the YAML names the docs use</source>
        <translation>Die Eingaben unter ihren task.json-Namen (connectedServiceName, …) schreiben statt unter den YAML-Namen aus der Dokumentation</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="56"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="57"/>
        <source>Copy the YAML to the clipboard</source>
        <translation>YAML in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="62"/>
        <source>Sa&amp;ve as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="63"/>
        <source>Save the YAML to a file</source>
        <translation>YAML in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="72"/>
        <source>Schema problems</source>
        <translation>Schemaprobleme</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="79"/>
        <source>Task as pipeline YAML</source>
        <translation>Aufgabe als Pipeline-YAML</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="27"/>
        <source>Design and dry-run Azure Pipelines InvokeRESTAPI tasks. Without a file, opens the sample design and starts the local demo endpoint it targets.</source>
        <translation>InvokeRESTAPI-Aufgaben für Azure Pipelines entwerfen und im Probelauf testen. Ohne Datei wird der Beispielentwurf geöffnet und der lokale Demo-Endpunkt gestartet, den er anspricht.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>A design to open (*.restgate.yml).</source>
        <translation>Ein zu öffnender Entwurf (*.restgate.yml).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="40"/>
        <source>Quit on its own after showing the window for &lt;seconds&gt; seconds.</source>
        <translation>Beendet sich von selbst, nachdem das Fenster &lt;Sekunden&gt; Sekunden lang angezeigt wurde.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="41"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>Show the window in &lt;language&gt; (%1) instead of the system&apos;s language. RESTGATE_LANG does the same.</source>
        <translation>Zeigt das Fenster in &lt;Sprache&gt; (%1) statt in der Sprache des Systems. RESTGATE_LANG bewirkt dasselbe.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="49"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>RestGate has no %1 translation; choose one of %2.</source>
        <translation>RestGate hat keine Übersetzung „%1“; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>--quit-after needs a number of seconds from 0 to 86400.</source>
        <translation>--quit-after erwartet eine Anzahl Sekunden von 0 bis 86400.</translation>
    </message>
</context>
</TS>
