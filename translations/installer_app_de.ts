<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/about.py" line="+68"/>
        <source>About %1</source>
        <extracomment>The freezing tool&apos;s licence, listed when running from the packaged build.</extracomment>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Program icon</source>
        <translation>Programmsymbol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associates an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow, configures both sides and checks them until Rainbow shows the PBX Running and the PBX shows Connected.</source>
        <translation>Ordnet eine TK-Anlage OXO Connect oder OXO Connect Evolution einem Kundenunternehmen auf Rainbow zu, konfiguriert beide Seiten und prüft sie, bis Rainbow die TK-Anlage als Running und die TK-Anlage Connected anzeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Libraries included and their licences:</source>
        <translation>Enthaltene &amp;Bibliotheken und ihre Lizenzen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libraries included and their licences</source>
        <translation>Enthaltene Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, e.g. for support</source>
        <translation>Versionen und Lizenzen kopieren, z. B. für den Support</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of libraries is not available in this installation.</source>
        <translation>Die Liste der Bibliotheken ist in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;About…</source>
        <translation>&amp;Info…</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/batch_dialog.py" line="+58"/>
        <source>Prepare installation files from a spreadsheet</source>
        <translation>Installationsdateien aus einer Tabelle vorbereiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One installation file per row of a CSV file (columns company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; optional prefixes and installation_number). Nothing is written while a row is wrong.</source>
        <translation>Eine Installationsdatei pro Zeile einer CSV-Datei (Spalten company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; optional die Präfixe und installation_number). Solange eine Zeile fehlerhaft ist, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;CSV file:</source>
        <extracomment>Ask for files and folders; tests replace them.</extracomment>
        <translation>&amp;CSV-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Numbering rules (optional):</source>
        <translation>&amp;Nummerierungsregeln (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Numbering rules file</source>
        <translation>Datei mit Nummerierungsregeln</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Keep the valid rows even when others are wrong</source>
        <translation>Gültige Zeilen &amp;behalten, auch wenn andere fehlerhaft sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the valid rows</source>
        <translation>Gültige Zeilen behalten</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Problems and files written</source>
        <translation>Probleme und geschriebene Dateien</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Vorbereiten</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Durchsuchen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the CSV file and the output folder.</source>
        <translation>Wählen Sie die CSV-Datei und den Zielordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was prepared:</source>
        <translation>Nichts wurde vorbereitet:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 installation files written to %2.</source>
        <translation>%1 Installationsdateien in %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files written to %2; the rows listed below were left out.</source>
        <translation>%1 Dateien in %2 geschrieben; die unten aufgeführten Zeilen wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to %2: correct the rows listed below and try again.</source>
        <translation>Nichts wurde in %2 geschrieben: Korrigieren Sie die unten aufgeführten Zeilen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prepare a &amp;batch from CSV…</source>
        <translation>Sta&amp;pel aus CSV vorbereiten…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../installer_app/ui/widgets/busy_indicator.py" line="+35"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running step</source>
        <translation>Laufenden Schritt abbrechen</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../installer_app/ui/pages/company.py" line="+51"/>
        <source>Customer company</source>
        <extracomment>Milliseconds of quiet typing before the search is sent. Companies per page of results. [I] Rainbow ids look like 24 lowercase hexadecimal digits; only used to warn, never to block.</extracomment>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer company on Rainbow, and the site the PBX will belong to.</source>
        <translation>Das Kundenunternehmen auf Rainbow und der Standort, zu dem die TK-Anlage gehören wird.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Part of the company name, e.g. bou</source>
        <translation>Teil des Unternehmensnamens, z. B. bou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customer companies by name</source>
        <translation>Kundenunternehmen nach Namen suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company search problem</source>
        <translation>Problem bei der Unternehmenssuche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen company</source>
        <translation>Gewähltes Unternehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer company (offline: typed in)</source>
        <translation>Kundenunternehmen (offline: eingegeben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline there is no search: copy the company&apos;s id and name from the Rainbow admin portal (Customer companies). The site is chosen when the PBX is declared.</source>
        <translation>Offline gibt es keine Suche: Kopieren Sie ID und Namen des Unternehmens aus dem Rainbow-Verwaltungsportal (Customer companies). Der Standort wird bei der Registrierung der TK-Anlage gewählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company id</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id problem</source>
        <translation>Problem mit der Unternehmens-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;id:</source>
        <translation>Unternehmens-&amp;ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company n&amp;ame:</source>
        <translation>Unternehmens&amp;name:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Nicht bei Rainbow angemeldet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back and sign in first.</source>
        <translation>Gehen Sie zurück und melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No customer company matches “%1”.</source>
        <translation>Kein Kundenunternehmen passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type fewer letters, or check the spelling.</source>
        <translation>Geben Sie weniger Buchstaben ein oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your business partner has no customer company on Rainbow yet.</source>
        <translation>Ihr Business Partner hat noch kein Kundenunternehmen auf Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching customer companies…</source>
        <translation>Kundenunternehmen werden gesucht…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No company chosen yet: search, then choose.</source>
        <translation>Noch kein Unternehmen gewählt: suchen, dann auswählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 (Rainbow id %3)</source>
        <translation>%1 — %2 (Rainbow-ID %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Rainbow id %2)</source>
        <translation>%1 (Rainbow-ID %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Company id: Rainbow ids are 24 characters 0–9 and a–f; check that the whole id was copied.</source>
        <translation>Unternehmens-ID: Rainbow-IDs bestehen aus 24 Zeichen 0–9 und a–f; prüfen Sie, ob die ganze ID kopiert wurde.</translation>
    </message>
</context>
<context>
    <name>CompanyResults</name>
    <message>
        <location filename="../installer_app/ui/widgets/company_results.py" line="+55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer companies found</source>
        <translation>Gefundene Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compan&amp;ies:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ &amp;Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page of companies</source>
        <translation>Vorherige Seite mit Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pa&amp;ge ▶</source>
        <translation>Nächste S&amp;eite ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page of companies</source>
        <translation>Nächste Seite mit Unternehmen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rainbow id: %1</source>
        <translation>Rainbow-ID: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../installer_app/ui/widgets/copy_field.py" line="+63"/>
        <source>Copy</source>
        <extracomment>Setting (in the wizard&apos;s settings, see the Settings dialog): clear copied secrets; on by default.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="sources/country_names.py" line="+10"/>
        <source>Ascension Island</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Ålandinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>St. Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Karibische Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Bouvetinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokosinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo (Democratic Republic)</source>
        <translation>Kongo-Kinshasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Kongo-Brazzaville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falklandinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Färöer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Südgeorgien und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Kaimaninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Republik Moldau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>St. Martin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>St. Pierre und Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Pitcairninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Salomonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>St. Helena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Spitzbergen und Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Amerikanische Überseeinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican City</source>
        <translation>Vatikanstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, British</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../installer_app/ui/pages/credentials.py" line="+52"/>
        <source>PBX credentials</source>
        <translation>Zugangsdaten der TK-Anlage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>References of the stock PBX</source>
        <translation>Referenzen der Stock-TK-Anlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the references from the PBX&apos;s fleet list. A whole reference such as %1, pasted into either field, is split into both.</source>
        <translation>Geben Sie die Referenzen aus der Flottenliste der TK-Anlage ein. Eine vollständige Referenz wie %1, in eines der beiden Felder eingefügt, wird auf beide aufgeteilt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;leet reference:</source>
        <translation>&amp;Flottenreferenz:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fleet reference</source>
        <translation>Flottenreferenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installation reference:</source>
        <translation>&amp;Installationsreferenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Installationsreferenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acce&amp;pt references that do not match the usual shape</source>
        <translation>Referenzen &amp;akzeptieren, die nicht der üblichen Form entsprechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept references that do not match the usual shape</source>
        <translation>Referenzen akzeptieren, die nicht der üblichen Form entsprechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only when the reference on the PBX&apos;s paperwork really differs from the usual shape; Rainbow must then know the PBX by exactly this reference.</source>
        <translation>Nur wenn die Referenz in den Unterlagen der TK-Anlage tatsächlich von der üblichen Form abweicht; Rainbow muss die TK-Anlage dann unter genau dieser Referenz kennen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 problem</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What Rainbow will store</source>
        <translation>Was Rainbow speichern wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Aktivierungscode:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once both references are valid</source>
        <translation>Wird angezeigt, sobald beide Referenzen gültig sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stock mode both are the two references joined by a dash. Nothing needs entering on the PBX: it connects with them by itself.</source>
        <translation>Im Stock-Modus sind beide die zwei mit einem Bindestrich verbundenen Referenzen. An der TK-Anlage ist nichts einzugeben: Sie verbindet sich damit von selbst.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The fleet and installation references of the stock PBX.</source>
        <translation>Die Flotten- und Installationsreferenz der Stock-TK-Anlage.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dashboard.py" line="+54"/>
        <source>Dashboard</source>
        <extracomment>The diagnosis&apos; colour per severity, on a light and on a dark window (a high-contrast theme).</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides, live, until Rainbow shows Running and the PBX Connected.</source>
        <translation>Beide Seiten live, bis Rainbow Running und die TK-Anlage Connected anzeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+208"/>
        <source>Rainbow</source>
        <translation>Rainbow</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC:</source>
        <translation>WebRTC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX (OMC: Cloud &gt; Rainbow)</source>
        <translation>TK-Anlage (OMC: Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow enabled:</source>
        <translation>Rainbow aktiviert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PABX-ID:</source>
        <translation>PABX-ID:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading both sides…</source>
        <translation>Beide Seiten werden gelesen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of status changes</source>
        <translation>Zeitverlauf der Statusänderungen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Next refresh in under a second</source>
        <translation>Nächste Aktualisierung in weniger als einer Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next refresh in %1 s</source>
        <translation>Nächste Aktualisierung in %1 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read in OMC</source>
        <translation>In OMC ablesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As Rainbow reports it (hasMediaPillar)</source>
        <translation>Wie von Rainbow gemeldet (hasMediaPillar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rainbow says: %1</source>
        <translation>Rainbow meldet: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PBX</source>
        <translation>TK-Anlage</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../installer_app/ui/pages/declaration.py" line="+41"/>
        <source>Declaration on Rainbow</source>
        <translation>Registrierung auf Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX is declared for the customer company. It is never declared twice.</source>
        <translation>Die TK-Anlage wird für das Kundenunternehmen registriert. Sie wird nie zweimal registriert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to Rainbow</source>
        <translation>Bei Rainbow angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company and site</source>
        <translation>Kundenunternehmen und Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the PBX is not declared yet</source>
        <translation>Prüfen, dass die TK-Anlage noch nicht registriert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaring the PBX</source>
        <translation>TK-Anlage wird registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the declaration back</source>
        <translation>Registrierung wird zurückgelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declaration in progress</source>
        <translation>Registrierung läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Declare again</source>
        <translation>&amp;Erneut registrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take over this declaration…</source>
        <extracomment>Shown with the &quot;already declared&quot; message: takes that declaration over, once confirmed.</extracomment>
        <translation>Diese Registrierung &amp;übernehmen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Equipment id (PABX-ID):</source>
        <extracomment>Asks whether to reuse an existing declaration; tests replace it.</extracomment>
        <translation>Geräte-ID (PABX-ID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Aktivierungscode:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by Rainbow: to copy into OMC</source>
        <translation>Von Rainbow erzeugt: in OMC zu kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next page shows where each value goes in OMC (Expert View &gt; Cloud &gt; Rainbow), with the same copy buttons. This program keeps both: in its draft until Finish, and in the installation file when there is one. If the activation code is ever lost, &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) makes a new one: the PBX stays disconnected until it is entered in OMC.</source>
        <translation>Die nächste Seite zeigt, wohin jeder Wert in OMC gehört (Expert View &gt; Cloud &gt; Rainbow), mit denselben Kopierschaltflächen. Dieses Programm bewahrt beide auf: in seinem Entwurf, bis Sie auf Abschließen klicken, und in der Installationsdatei, falls es eine gibt. Geht der Aktivierungscode je verloren, erzeugt &quot;Reset connection&quot; im Rainbow-Verwaltungsportal (Customer companies &gt; das Unternehmen &gt; Communication &gt; Comm. Servers &gt; der Server) einen neuen: Die TK-Anlage bleibt getrennt, bis er in OMC eingegeben ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored on Rainbow</source>
        <translation>Auf Rainbow gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stock mode both are the fleet and installation references joined by a dash: nothing needs entering on the PBX.</source>
        <translation>Im Stock-Modus sind beide die Flotten- und Installationsreferenz, durch einen Bindestrich verbunden: An der TK-Anlage ist nichts einzugeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <source>Declared on Rainbow (system %1).</source>
        <translation>Auf Rainbow registriert (System %1).</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The declaration is in progress.</source>
        <translation>Die Registrierung läuft.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Declaring…</source>
        <translation>Registrierung…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. If the declaration had reached Rainbow, declaring again finds it: the PBX is never declared twice.</source>
        <translation>Abgebrochen. Falls die Registrierung Rainbow bereits erreicht hat, findet eine erneute Registrierung sie: Die TK-Anlage wird nie zweimal registriert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found the declaration an interrupted attempt sent (system %1): it is used.</source>
        <translation>Die Registrierung eines unterbrochenen Versuchs wurde gefunden (System %1) und wird verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PBX was already declared: the existing declaration is used.</source>
        <translation>Diese TK-Anlage war bereits registriert: Die bestehende Registrierung wird verwendet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Take over the declaration</source>
        <translation>Registrierung übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over the declaration found on Rainbow for this PBX? Do it only if you know it is this PBX&apos;s: its equipment id and activation code become this installation&apos;s.</source>
        <translation>Die auf Rainbow gefundene Registrierung für diese TK-Anlage übernehmen? Tun Sie das nur, wenn Sie wissen, dass sie zu dieser TK-Anlage gehört: Ihre Geräte-ID und ihr Aktivierungscode werden die dieser Installation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already declared</source>
        <translation>Bereits registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PBX is already declared for this company as &apos;%1&apos;. Use it?</source>
        <translation>Diese TK-Anlage ist für dieses Unternehmen bereits als „%1“ registriert. Diese verwenden?</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../installer_app/domain/diagnosis_texts.py" line="+21"/>
        <source>The PBX is connected to Rainbow and Rainbow shows Running.</source>
        <translation>Die TK-Anlage ist mit Rainbow verbunden und Rainbow zeigt Running an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PBX is not declared on Rainbow, or its status on Rainbow cannot be read.</source>
        <translation>Die TK-Anlage ist nicht auf Rainbow registriert, oder ihr Status auf Rainbow kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare the PBX on Rainbow; if it is declared, check the connection to Rainbow and sign in again.</source>
        <translation>Registrieren Sie die TK-Anlage auf Rainbow; ist sie registriert, prüfen Sie die Verbindung zu Rainbow und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The equipment id on Rainbow is not the joined fleet and installation references of this PBX.</source>
        <translation>Die Geräte-ID auf Rainbow entspricht nicht den verbundenen Flotten- und Installationsreferenzen dieser TK-Anlage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the joined fleet and installation references.</source>
        <translation>Die &quot;Rainbow PABX-ID&quot; der TK-Anlage entspricht nicht den verbundenen Flotten- und Installationsreferenzen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither Rainbow&apos;s equipment id nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; is the joined fleet and installation references.</source>
        <translation>Weder die Geräte-ID auf Rainbow noch die &quot;Rainbow PABX-ID&quot; der TK-Anlage entspricht den verbundenen Flotten- und Installationsreferenzen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the equipment id declared on Rainbow.</source>
        <translation>Die &quot;Rainbow PABX-ID&quot; der TK-Anlage ist nicht die auf Rainbow registrierte Geräte-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the PBX: in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Korrigieren Sie die TK-Anlage: In OMC, Expert View &gt; Cloud &gt; Rainbow, &quot;Rainbow PABX-ID&quot; genau wie von Rainbow angezeigt eingeben, Apply klicken und mit Yes bestätigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The equipment id recorded in the installation is not the one declared on Rainbow.</source>
        <translation>Die in der Installation gespeicherte Geräte-ID ist nicht die auf Rainbow registrierte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow&apos;s equipment id is the reference: fetch the credentials from Rainbow again and use that one.</source>
        <translation>Maßgeblich ist die Geräte-ID von Rainbow: Rufen Sie die Zugangsdaten erneut von Rainbow ab und verwenden Sie diese.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither the installation nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; holds the equipment id declared on Rainbow.</source>
        <translation>Weder die Installation noch die &quot;Rainbow PABX-ID&quot; der TK-Anlage enthält die auf Rainbow registrierte Geräte-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch the credentials from Rainbow again, then in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Rufen Sie die Zugangsdaten erneut von Rainbow ab, dann in OMC, Expert View &gt; Cloud &gt; Rainbow, &quot;Rainbow PABX-ID&quot; genau wie von Rainbow angezeigt eingeben, Apply klicken und mit Yes bestätigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rainbow refused the PBX&apos;s connection: the activation code on the PBX does not match.</source>
        <translation>Rainbow hat die Verbindung der TK-Anlage abgelehnt: Der Aktivierungscode an der TK-Anlage stimmt nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rainbow refused the PBX&apos;s connection: in stock mode the activation code is the joined fleet and installation references, and the PBX&apos;s do not match Rainbow&apos;s.</source>
        <translation>Rainbow hat die Verbindung der TK-Anlage abgelehnt: Im Stock-Modus ist der Aktivierungscode die verbundene Flotten- und Installationsreferenz, und die der TK-Anlage stimmen nicht mit denen von Rainbow überein.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Nothing left to do: hand over the installation report. In OMC the &quot;Activation code&quot; field is now greyed out: the PBX has connected and received its login password, as expected.</source>
        <translation>Nichts mehr zu tun: Übergeben Sie den Installationsbericht. In OMC ist das Feld &quot;Activation code&quot; jetzt ausgegraut: Die TK-Anlage hat sich verbunden und ihr Anmeldepasswort erhalten, wie vorgesehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rainbow sent a status or a value this version of the program does not know, so the PBX&apos;s state cannot be told for sure; it is shown as Rainbow sent it.</source>
        <translation>Rainbow hat einen Status oder Wert gesendet, den diese Programmversion nicht kennt; der Zustand der TK-Anlage lässt sich daher nicht sicher bestimmen. Er wird so angezeigt, wie Rainbow ihn gesendet hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the PBX&apos;s status in the Rainbow admin portal, and send the diagnostics file to support so that the next version knows this value.</source>
        <translation>Prüfen Sie den Status der TK-Anlage im Rainbow-Administrationsportal und senden Sie die Diagnosedatei an den Support, damit die nächste Version diesen Wert kennt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix Rainbow: its equipment id must be the fleet reference, a dash, and the installation reference that identify this PBX in your fleet list. In the Rainbow admin portal: Customer companies &gt; the company &gt; Communication &gt; Comm. Servers, the server in the equipment list, Connection tab, &quot;Specify equipment ID and activation code&quot;.</source>
        <translation>Korrigieren Sie Rainbow: Die Geräte-ID muss aus der Flottenreferenz, einem Bindestrich und der Installationsreferenz bestehen, die diese TK-Anlage in Ihrer Flottenliste bezeichnen. Im Rainbow-Verwaltungsportal: Customer companies &gt; das Unternehmen &gt; Communication &gt; Comm. Servers, der Server in der Geräteliste (equipment list), Registerkarte Connection, &quot;Specify equipment ID and activation code&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check that the references are those that identify this PBX in your fleet list. If they are, fix the PBX: in OMC &gt; Cloud &gt; Rainbow correct &quot;Rainbow PABX-ID&quot;, Apply and confirm Yes.</source>
        <translation>Prüfen Sie, ob die Referenzen diejenigen sind, die diese TK-Anlage in Ihrer Flottenliste bezeichnen. Wenn ja, korrigieren Sie die TK-Anlage: In OMC &gt; Cloud &gt; Rainbow &quot;Rainbow PABX-ID&quot; korrigieren, Apply klicken und mit Yes bestätigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the references against your fleet list, then fix both sides: the equipment id on Rainbow, and &quot;Rainbow PABX-ID&quot; in OMC &gt; Cloud &gt; Rainbow (Apply, confirm Yes).</source>
        <translation>Prüfen Sie die Referenzen anhand Ihrer Flottenliste und korrigieren Sie dann beide Seiten: die Geräte-ID auf Rainbow und &quot;Rainbow PABX-ID&quot; in OMC &gt; Cloud &gt; Rainbow (Apply, mit Yes bestätigen).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Re-enter the activation code in OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirm Yes). If it cannot be read back from Rainbow any more, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) and enter the new code: the PBX stays disconnected until then.</source>
        <translation>Geben Sie den Aktivierungscode in OMC erneut ein (Expert View &gt; Cloud &gt; Rainbow, Apply, mit Yes bestätigen). Lässt er sich auf Rainbow nicht mehr auslesen, verwenden Sie &quot;Reset connection&quot; im Rainbow-Verwaltungsportal (Customer companies &gt; das Unternehmen &gt; Communication &gt; Comm. Servers &gt; der Server) und geben Sie den neuen Code ein: Bis dahin bleibt die TK-Anlage getrennt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the references in your fleet list against Rainbow&apos;s equipment id; then re-enter the activation code in OMC, or reset the connection on Rainbow and use the new code.</source>
        <translation>Vergleichen Sie die Referenzen in Ihrer Flottenliste mit der Geräte-ID auf Rainbow; geben Sie dann den Aktivierungscode in OMC erneut ein, oder setzen Sie die Verbindung auf Rainbow zurück und verwenden Sie den neuen Code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Rainbow is not enabled on the PBX.</source>
        <translation>Rainbow ist an der TK-Anlage nicht aktiviert.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow: tick &quot;Rainbow enabled&quot;, enter &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;, Apply and confirm Yes.</source>
        <translation>In OMC, Expert View &gt; Cloud &gt; Rainbow: &quot;Rainbow enabled&quot; ankreuzen, &quot;Rainbow PABX-ID&quot; und &quot;Activation code&quot; eingeben, Apply klicken und mit Yes bestätigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In stock mode Rainbow is enabled by default: in OMC, Expert View &gt; Cloud &gt; Rainbow, tick &quot;Rainbow enabled&quot; again, Apply and confirm Yes.</source>
        <translation>Im Stock-Modus ist Rainbow standardmäßig aktiviert: In OMC, Expert View &gt; Cloud &gt; Rainbow, &quot;Rainbow enabled&quot; wieder ankreuzen, Apply klicken und mit Yes bestätigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activation code is entered on the PBX.</source>
        <translation>An der TK-Anlage ist kein Aktivierungscode eingegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Activation code&quot; exactly as Rainbow gave it, Apply and confirm Yes.</source>
        <translation>In OMC, Expert View &gt; Cloud &gt; Rainbow, &quot;Activation code&quot; genau wie von Rainbow vergeben eingeben, Apply klicken und mit Yes bestätigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Rainbow is waiting for the PBX&apos;s first connection; the PBX side is not done yet.</source>
        <translation>Rainbow wartet auf die erste Verbindung der TK-Anlage; die Seite der TK-Anlage ist noch nicht fertig.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Follow the OMC checklist and confirm each step.</source>
        <translation>Folgen Sie der OMC-Checkliste und bestätigen Sie jeden Schritt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is configured on a stock PBX: make sure it is powered, cabled and allowed out on TCP 443, then confirm the checklist.</source>
        <translation>An einer Stock-TK-Anlage wird nichts konfiguriert: Stellen Sie sicher, dass sie eingeschaltet, verkabelt und für ausgehendes TCP 443 freigegeben ist, und bestätigen Sie dann die Checkliste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow ist an der TK-Anlage nicht aktiviert, oder sie kommt nicht über TCP 443 hinaus (Firewall oder Web-Proxy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in OMC &gt; Cloud &gt; Rainbow that &quot;Rainbow enabled&quot; is ticked with the right &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;; check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io, and the web proxy in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</source>
        <translation>Prüfen Sie in OMC &gt; Cloud &gt; Rainbow, ob &quot;Rainbow enabled&quot; mit der richtigen &quot;Rainbow PABX-ID&quot; und dem richtigen &quot;Activation code&quot; angekreuzt ist; prüfen Sie, ob die Firewall die TK-Anlage über TCP 443 zu openrainbow.com, *.openrainbow.com und openrainbow.io hinauslässt, sowie den Web-Proxy in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rainbow is enabled on the PBX but it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow ist an der TK-Anlage aktiviert, aber sie kommt nicht über TCP 443 hinaus (Firewall oder Web-Proxy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io; if the site uses a web proxy, set it in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) and make sure it lets WSS through.</source>
        <translation>Prüfen Sie, ob die Firewall die TK-Anlage über TCP 443 zu openrainbow.com, *.openrainbow.com und openrainbow.io hinauslässt; nutzt der Standort einen Web-Proxy, tragen Sie ihn in OMC ein (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) und stellen Sie sicher, dass er WSS durchlässt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PBX is connecting to Rainbow.</source>
        <translation>Die TK-Anlage verbindet sich mit Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: Rainbow shows Running once it accepts the connection.</source>
        <translation>Warten Sie: Rainbow zeigt Running an, sobald es die Verbindung annimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX reports Connected but Rainbow does not show it yet.</source>
        <translation>Die TK-Anlage meldet Connected, aber Rainbow zeigt es noch nicht an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for Rainbow&apos;s next status reading. A greyed-out &quot;Activation code&quot; in OMC is expected: the PBX has connected and received its login password.</source>
        <translation>Warten Sie auf die nächste Statusabfrage von Rainbow. Ein ausgegrauter &quot;Activation code&quot; in OMC ist normal: Die TK-Anlage hat sich verbunden und ihr Anmeldepasswort erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link between the PBX and Rainbow was lost; the PBX reconnects by itself.</source>
        <translation>Die Verbindung zwischen TK-Anlage und Rainbow ist abgerissen; die TK-Anlage verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Wait a few minutes. If it does not come back, check the site&apos;s internet access and that the firewall and web proxy still let the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Warten Sie einige Minuten. Kommt sie nicht zurück, prüfen Sie den Internetzugang des Standorts und ob Firewall und Web-Proxy die TK-Anlage weiterhin über TCP 443 zu openrainbow.com, *.openrainbow.com und openrainbow.io hinauslassen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rainbow shows the PBX activated but not connected now: its link was lost, or it is being restored.</source>
        <translation>Rainbow zeigt die TK-Anlage als aktiviert, aber derzeit nicht verbunden: Ihre Verbindung ist abgerissen oder wird gerade wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PBX is reconnecting to Rainbow after losing its link.</source>
        <translation>Die TK-Anlage verbindet sich nach einem Verbindungsabbruch neu mit Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; if it is not back within a few minutes, check the network (TCP 443, web proxy).</source>
        <translation>Warten Sie; ist sie nach einigen Minuten nicht wieder da, prüfen Sie das Netzwerk (TCP 443, Web-Proxy).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is connected to Rainbow but one of its channels is down (Rainbow shows Degraded).</source>
        <translation>Die TK-Anlage ist mit Rainbow verbunden, aber einer ihrer Kanäle ist ausgefallen (Rainbow zeigt Degraded an).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is often short-lived: wait a few minutes. If it lasts, check the network between the PBX and Rainbow (TCP 443, web proxy).</source>
        <translation>Das ist oft nur kurzzeitig: Warten Sie einige Minuten. Hält es an, prüfen Sie das Netzwerk zwischen TK-Anlage und Rainbow (TCP 443, Web-Proxy).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow shows the PBX connected but the PBX reports another state: the two readings were not taken at the same moment.</source>
        <translation>Rainbow zeigt die TK-Anlage als verbunden, aber die TK-Anlage meldet einen anderen Zustand: Die beiden Abfragen erfolgten nicht im selben Moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for the next readings; if they keep disagreeing, look at the PBX&apos;s Cloud &gt; Rainbow page in OMC.</source>
        <translation>Warten Sie auf die nächsten Abfragen; widersprechen sie sich weiterhin, sehen Sie sich die Seite Cloud &gt; Rainbow der TK-Anlage in OMC an.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/diagnostics_dialog.py" line="+72"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks the connection from this computer to %1, port %2.</source>
        <translation>Prüft die Verbindung von diesem Computer zu %1, Port %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network check steps</source>
        <translation>Schritte der Netzwerkprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check the network</source>
        <translation>Netzwerk &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network to Rainbow</source>
        <translation>Netzwerk zu Rainbow prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics result</source>
        <translation>Diagnoseergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save diagnostics…</source>
        <translation>Diagnose &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a diagnostics file for support</source>
        <translation>Eine Diagnosedatei für den Support speichern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every step passed.</source>
        <translation>Alle Schritte erfolgreich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <comment>a label, then what it labels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the network…</source>
        <translation>Netzwerk wird geprüft…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save diagnostics</source>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diagnostics saved to %1. Send this file to support.</source>
        <translation>Diagnose in %1 gespeichert. Senden Sie diese Datei an den Support.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
</context>
<context>
    <name>DialingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dialing.py" line="+41"/>
        <source>Dialing</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Rainbow turns the numbers users dial into canonical (E.164) numbers: the portal&apos;s &quot;Dialing information&quot;.</source>
        <translation>Wie Rainbow die von Benutzern gewählten Nummern in kanonische Nummern (E.164) umwandelt: die &quot;Dialing information&quot; des Portals.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 problem</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and prefixes</source>
        <translation>Land und Präfixe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country problem</source>
        <translation>Problem mit dem Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the country comes from</source>
        <translation>Woher das Land stammt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>National prefix</source>
        <translation>Nationales Präfix</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>N&amp;ational prefix:</source>
        <translation>&amp;Nationales Präfix:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>International prefix</source>
        <translation>Internationales Präfix</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>In&amp;ternational prefix:</source>
        <translation>&amp;Internationales Präfix:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+156"/>
        <source>Outbound prefix</source>
        <translation>Amtskennziffer</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Use the outbound prefix</source>
        <translation>Amtskennziffer &amp;verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Amtskennziffer verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digits the PBX needs before an external number, often 0.</source>
        <translation>Die Ziffern, die die TK-Anlage vor einer externen Nummer braucht, oft 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Outbound prefix:</source>
        <translation>Amts&amp;kennziffer:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Installation number</source>
        <translation>Anlagenrufnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s main number</source>
        <translation>Die Hauptrufnummer des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number problem</source>
        <translation>Problem mit der Anlagenrufnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Installation number:</source>
        <translation>Anlagen&amp;rufnummer:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number as a Rainbow user dials it</source>
        <translation>Nummer, wie ein Rainbow-Benutzer sie wählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number to see its canonical form</source>
        <translation>Geben Sie eine Nummer ein, um ihre kanonische Form zu sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number as a Rainbow user &amp;dials it:</source>
        <translation>Nummer, wie ein Rainbow-Benutzer sie wä&amp;hlt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canonical form</source>
        <translation>Kanonische Form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of number</source>
        <translation>Art der Nummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canonical form:</source>
        <translation>Kanonische Form:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Installation number must contain digits only (0-9), optionally after a leading +.</source>
        <translation>Die Anlagenrufnummer darf nur Ziffern (0-9) enthalten, optional nach einem führenden +.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the customer company&apos;s country on Rainbow.</source>
        <translation>Aus dem Land des Kundenunternehmens in Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the site&apos;s country on Rainbow.</source>
        <translation>Aus dem Land des Standorts in Rainbow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this computer&apos;s region: Rainbow gives no country for the customer.</source>
        <translation>Aus der Region dieses Computers: Rainbow nennt kein Land für den Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A default: neither Rainbow nor this computer names a country.</source>
        <translation>Ein Standardwert: Weder Rainbow noch dieser Computer nennt ein Land.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Country: “%1” is not in the list; type part of the name and choose it.</source>
        <translation>Land: „%1“ ist nicht in der Liste; geben Sie einen Teil des Namens ein und wählen Sie es aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country: choose the installation&apos;s country.</source>
        <translation>Land: Wählen Sie das Land der Installation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1 darf nur Ziffern (0-9) enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbound prefix: type it, or untick “Use the outbound prefix”.</source>
        <translation>Amtskennziffer: Geben Sie sie ein, oder entfernen Sie das Häkchen bei „Amtskennziffer verwenden“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number as a Rainbow user would dial it, e.g. a national number.</source>
        <translation>Geben Sie eine Nummer so ein, wie ein Rainbow-Benutzer sie wählen würde, z. B. eine nationale Nummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>International number</source>
        <translation>Internationale Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Nationale Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number</source>
        <translation>Interne Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid number</source>
        <translation>Keine gültige Nummer</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../installer_app/ui/support/domain_text.py" line="+65"/>
        <source>BTCO is not available for OXO Connect Evolution: choose stock mode.</source>
        <translation>BTCO ist für OXO Connect Evolution nicht verfügbar: Wählen Sie den Stock-Modus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the customer company&apos;s Rainbow id.</source>
        <translation>Geben Sie die Rainbow-ID des Kundenunternehmens ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer company.</source>
        <translation>Wählen Sie das Kundenunternehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>Der Servername darf nicht leer sein: Benennen Sie die TK-Anlage wie auf Rainbow.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Sign in with the business partner&apos;s admin account.</source>
        <extracomment>Whole messages and terms (field labels, shapes) put into templates.</extracomment>
        <translation>Melden Sie sich mit dem Administratorkonto des Business Partners an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure keyring is available on this computer to remember the password.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar, um das Kennwort zu speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked, so the saved Rainbow password cannot be used.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann das gespeicherte Rainbow-Kennwort nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused to store the Rainbow password.</source>
        <translation>Der Schlüsselbund hat das Speichern des Rainbow-Kennworts abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password at each sign-in, or install/unlock the system keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet).</source>
        <translation>Geben Sie das Kennwort bei jeder Anmeldung ein, oder installieren bzw. entsperren Sie den Schlüsselbund des Systems (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund, GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock the keyring (log in to the desktop session) and try again, or type the password.</source>
        <translation>Entsperren Sie den Schlüsselbund (melden Sie sich an der Desktop-Sitzung an) und versuchen Sie es erneut, oder geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record the WebRTC gateway choice, or untick the gateway.</source>
        <translation>Halten Sie die Entscheidung zum WebRTC-Gateway fest, oder entfernen Sie das Häkchen beim Gateway.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the country of the installation.</source>
        <translation>Wählen Sie das Land der Installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix: type it, or untick &apos;Use the outbound prefix&apos;.</source>
        <translation>Amtskennziffer: Geben Sie sie ein, oder entfernen Sie das Häkchen bei „Amtskennziffer verwenden“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installation number must contain digits only (0-9), optionally after a +.</source>
        <translation>Die Anlagenrufnummer darf nur Ziffern (0-9) enthalten, optional nach einem +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to Rainbow first.</source>
        <translation>Melden Sie sich zuerst bei Rainbow an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare the PBX first.</source>
        <translation>Registrieren Sie zuerst die TK-Anlage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm every step of the PBX configuration.</source>
        <translation>Bestätigen Sie jeden Schritt der Konfiguration der TK-Anlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference</source>
        <translation>Flottenreferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Installationsreferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Nationales Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Internationales Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Amtskennziffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference is required.</source>
        <translation>Die Flottenreferenz ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference is required.</source>
        <translation>Die Installationsreferenz ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 8 letters followed by 1 to 6 digits</source>
        <translation>2 bis 8 Buchstaben, gefolgt von 1 bis 6 Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 digits, a dot, 4 digits, a dot, 2 digits</source>
        <translation>4 Ziffern, ein Punkt, 4 Ziffern, ein Punkt, 2 Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number does not start with a known country calling code.</source>
        <translation>Die Nummer beginnt nicht mit einer bekannten Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too short for its country: a digit is probably missing.</source>
        <translation>Die Nummer ist für ihr Land zu kurz: Wahrscheinlich fehlt eine Ziffer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is too long for its country: check the digits and prefixes.</source>
        <translation>Die Nummer ist für ihr Land zu lang: Prüfen Sie Ziffern und Präfixe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number has a length its country does not use: check the digits.</source>
        <translation>Die Nummer hat eine Länge, die in ihrem Land nicht vorkommt: Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the +.</source>
        <translation>Die Nummer ist unvollständig: Nach dem + folgt nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the international prefix.</source>
        <translation>Die Nummer ist unvollständig: Nach dem internationalen Präfix folgt nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the national prefix.</source>
        <translation>Die Nummer ist unvollständig: Nach dem nationalen Präfix folgt nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the country.</source>
        <translation>Die Nummer ist unvollständig: Nach der Ländervorwahl folgt nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number: type a number to see how it is dialed.</source>
        <translation>Nummer: Geben Sie eine Nummer ein, um zu sehen, wie sie gewählt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: type the digits after the +.</source>
        <translation>Die Nummer ist unvollständig: Geben Sie die Ziffern nach dem + ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number may contain only digits and a leading +; spaces, dots, dashes and parentheses are ignored.</source>
        <translation>Die Nummer darf nur Ziffern und ein führendes + enthalten; Leerzeichen, Punkte, Bindestriche und Klammern werden ignoriert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International number</source>
        <translation>Internationale Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty; enter a regular expression, for example ^0321.</source>
        <translation>leer; geben Sie einen regulären Ausdruck ein, zum Beispiel ^0321.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats a group that itself repeats or has alternatives, such as (0*)* or (0|00)+, which can take minutes to test one number; write the repetition once, e.g. [0-9]+ or (0|00).</source>
        <translation>wiederholt eine Gruppe, die sich selbst wiederholt oder Alternativen hat, etwa (0*)* oder (0|00)+; das Prüfen einer einzigen Nummer kann Minuten dauern. Schreiben Sie die Wiederholung nur einmal, z. B. [0-9]+ oder (0|00).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nests its parentheses too deeply; simplify it.</source>
        <translation>verschachtelt zu viele Klammern; vereinfachen Sie es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was dialled.</source>
        <translation>Es wurde nichts gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule matches.</source>
        <translation>Keine Regel greift.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no rules.</source>
        <translation>Es gibt keine Regeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number</source>
        <translation>internationale Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a national number</source>
        <translation>nationale Nummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login: %1 is not a business-partner admin on Rainbow, so it cannot manage customer companies.</source>
        <extracomment>Messages with values in them; ``%1``, ``%2``... match any text and are translated in turn.</extracomment>
        <translation>Anmeldename: %1 ist kein Business-Partner-Administrator auf Rainbow und kann daher keine Kundenunternehmen verwalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required in stock mode.</source>
        <translation>%1 ist im Stock-Modus erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have the expected shape: %2, e.g. %3. Check it; if the real reference differs from this shape, use the override.</source>
        <translation>%1 hat nicht die erwartete Form: %2, z. B. %3. Prüfen Sie sie; weicht die tatsächliche Referenz von dieser Form ab, lassen Sie die Abweichung zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet reference cannot contain a dash: the dash separates it from the installation reference, e.g. %1.</source>
        <translation>Die Flottenreferenz darf keinen Bindestrich enthalten: Der Bindestrich trennt sie von der Installationsreferenz, z. B. %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference is required, e.g. %1.</source>
        <translation>Die Referenz ist erforderlich, z. B. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference must be the fleet reference and the installation reference joined by a dash, e.g. %1.</source>
        <translation>Die Referenz muss aus Flotten- und Installationsreferenz bestehen, verbunden durch einen Bindestrich, z. B. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1 darf nur Ziffern (0-9) enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too long: a public number has at most %1 digits.</source>
        <translation>Die Nummer ist zu lang: Eine öffentliche Nummer hat höchstens %1 Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: canonical form %2.</source>
        <translation>%1: kanonische Form %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number (%1)</source>
        <translation>Nationale Nummer (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number without national prefix, read as a national number (%1)</source>
        <translation>Nummer ohne nationales Präfix, als nationale Nummer gelesen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number (1 to %1 digits without prefix): the PBX routes it as is; it has no canonical form.</source>
        <translation>Interne Nummer (1 bis %1 Ziffern ohne Präfix): Die TK-Anlage vermittelt sie unverändert; sie hat keine kanonische Form.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country: %1 is not a known country code; choose a country from the list.</source>
        <translation>Land: %1 ist kein bekannter Ländercode; wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, pattern: %2</source>
        <translation>Regel %1, Muster: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, replacement: %2</source>
        <translation>Regel %1, Ersetzung: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, description: contains a line break or control character; keep it on one line.</source>
        <translation>Regel %1, Beschreibung: enthält einen Zeilenumbruch oder ein Steuerzeichen; schreiben Sie sie in eine Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, description: %2</source>
        <translation>Regel %1, Beschreibung: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the control character(s) %1 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>enthält das oder die Steuerzeichen %1 (Escape-Sequenzen, Zeilenumbrüche und Ähnliches), die ein Name oder eine Beschreibung nie braucht; geben Sie ihn neu ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats %1 times, but a phone number has at most %2 digits; use smaller counts, e.g. [0-9]{1,15}.</source>
        <translation>wiederholt %1-mal, aber eine Telefonnummer hat höchstens %2 Ziffern; verwenden Sie kleinere Anzahlen, z. B. [0-9]{1,15}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters, over Rainbow&apos;s limit of %2; shorten it.</source>
        <translation>%1 Zeichen, über der Grenze von %2 bei Rainbow; kürzen Sie es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid regular expression (%1); check its brackets, parentheses and backslashes.</source>
        <translation>kein gültiger regulärer Ausdruck (%1); prüfen Sie eckige und runde Klammern sowie Backslashes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; escape a literal [ or - inside brackets with \.</source>
        <translation>%1; maskieren Sie ein wörtliches [ oder - in eckigen Klammern mit \.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not support \d; written with %1 instead it is %2 characters, over the limit of %3; shorten it.</source>
        <translation>Rainbow unterstützt \d nicht; mit %1 geschrieben hat es %2 Zeichen, über der Grenze von %3; kürzen Sie es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow does not support \d; it will be sent as %1.</source>
        <translation>Rainbow unterstützt \d nicht; es wird als %1 gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write %1 instead of %2 to use a group.</source>
        <translation>schreiben Sie %1 statt %2, um eine Gruppe zu verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not supported and would be sent as is; put the part you want in parentheses and write $1.</source>
        <translation>%1 wird nicht unterstützt und unverändert gesendet; setzen Sie den gewünschten Teil in Klammern und schreiben Sie $1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has no group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 verweist auf Gruppe %2, aber das Muster hat keine Gruppe in Klammern; ergänzen Sie Klammern im Muster oder ändern Sie die Nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 verweist auf Gruppe %2, aber das Muster hat nur %3 Gruppe in Klammern; ergänzen Sie Klammern im Muster oder ändern Sie die Nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 groups in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 verweist auf Gruppe %2, aber das Muster hat nur %3 Gruppen in Klammern; ergänzen Sie Klammern im Muster oder ändern Sie die Nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains %1, which a phone cannot dial; use digits, * # +, and $1 to $9 for groups.</source>
        <translation>enthält %1, was ein Telefon nicht wählen kann; verwenden Sie Ziffern, * # + und $1 bis $9 für Gruppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 numbering rules: Rainbow accepts at most %2; remove or merge %3.</source>
        <translation>%1 Wählregeln: Rainbow akzeptiert höchstens %2; entfernen oder verschmelzen Sie %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as rule %1, so it never applies; remove it or change one of them.</source>
        <translation>gleich wie Regel %1 und greift daher nie; entfernen Sie sie oder ändern Sie eine der beiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow would refuse this list: more than %1 rules.</source>
        <translation>Rainbow würde diese Liste ablehnen: mehr als %1 Regeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 was skipped: it has an error.</source>
        <translation>Regel %1 wurde übersprungen: Sie enthält einen Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the call is blocked.</source>
        <translation>%1 greift: Der Anruf wird gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the PBX receives %2.</source>
        <translation>%1 greift: Die TK-Anlage erhält %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 &quot;%2&quot; (%3 → %4)</source>
        <translation>Regel %1 „%2“ (%3 → %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 (%2 → %3)</source>
        <translation>Regel %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow adds no outbound prefix after a rule: if this number leaves the PBX, write the outbound prefix %1 into the replacement.</source>
        <translation>Rainbow fügt nach einer Regel keine Amtskennziffer hinzu: Verlässt diese Nummer die TK-Anlage, schreiben Sie die Amtskennziffer %1 in die Ersetzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow treats it as an internal number: the PBX receives %1.</source>
        <translation>Rainbow behandelt sie als interne Nummer: Die TK-Anlage erhält %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not recognise it: the PBX receives %1 as dialled.</source>
        <translation>Rainbow erkennt sie nicht: Die TK-Anlage erhält %1 wie gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow treats it as %1 and adds the outbound prefix %2: the PBX receives %3.</source>
        <translation>Rainbow behandelt sie als %1 und fügt die Amtskennziffer %2 hinzu: Die TK-Anlage erhält %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow treats it as %1: the PBX receives %2.</source>
        <translation>Rainbow behandelt sie als %1: Die TK-Anlage erhält %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number (+ becomes %1)</source>
        <translation>internationale Nummer (+ wird zu %1)</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_local.py" line="+19"/>
        <source>If it is this PBX&apos;s declaration, take it over (&apos;declare --adopt&apos; on the command line, &apos;Take over…&apos; in the wizard); otherwise delete it in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers) before declaring again, or choose another server name.</source>
        <translation>Wenn es die Registrierung dieser TK-Anlage ist, übernehmen Sie sie („declare --adopt“ auf der Kommandozeile, „Diese Registrierung übernehmen…“ im Assistenten); andernfalls löschen Sie sie im Rainbow-Verwaltungsportal (Customer companies &gt; das Unternehmen &gt; Communication &gt; Comm. Servers), bevor Sie erneut registrieren, oder wählen Sie einen anderen Servernamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The declaration was sent, but whether Rainbow recorded it is unknown: Rainbow could not be reached to check.</source>
        <translation>Die Registrierung wurde gesendet, aber ob Rainbow sie gespeichert hat, ist unbekannt: Rainbow war zur Prüfung nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the network is back, run the declaration again: it looks for an existing declaration first and never creates a second one.</source>
        <translation>Wenn das Netzwerk wieder da ist, führen Sie die Registrierung erneut aus: Sie sucht zuerst nach einer bestehenden Registrierung und legt nie eine zweite an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refuses this PBX to your account.</source>
        <translation>Rainbow verweigert Ihrem Konto den Zugriff auf diese TK-Anlage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, either another business partner has declared this PBX (ask them, or ALE support, to release it), or the company is not one of your customers on Rainbow (sign in with the business-partner admin account that manages it).</source>
        <translation>Prüfen Sie die Geräte-ID (die Flotten- und Installationsreferenz, die diese TK-Anlage in Ihrer Flottenliste bezeichnen). Wenn sie stimmt, hat entweder ein anderer Business Partner diese TK-Anlage registriert (bitten Sie ihn oder den ALE-Support, sie freizugeben), oder das Unternehmen ist keiner Ihrer Kunden auf Rainbow (melden Sie sich mit dem Administratorkonto des Business Partners an, der es verwaltet).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This equipment id is already declared on Rainbow, where your account cannot see it.</source>
        <translation>Diese Geräte-ID ist auf Rainbow bereits registriert, wo Ihr Konto sie nicht sehen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, it was declared by another business partner (or by an account with other rights): ask them, or ALE support, to release it.</source>
        <translation>Prüfen Sie die Geräte-ID (die Flotten- und Installationsreferenz, die diese TK-Anlage in Ihrer Flottenliste bezeichnen). Wenn sie stimmt, wurde sie von einem anderen Business Partner (oder von einem Konto mit anderen Rechten) registriert: Bitten Sie ihn oder den ALE-Support, sie freizugeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PBX is already declared on Rainbow for another customer company.</source>
        <translation>Diese TK-Anlage ist auf Rainbow bereits für ein anderes Kundenunternehmen registriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, this PBX was declared for another company: check the chosen company, or delete the old declaration in the Rainbow admin portal (Customer companies &gt; that company &gt; Communication &gt; Comm. Servers) first.</source>
        <translation>Prüfen Sie die Geräte-ID (die Flotten- und Installationsreferenz, die diese TK-Anlage in Ihrer Flottenliste bezeichnen). Wenn sie stimmt, wurde diese TK-Anlage für ein anderes Unternehmen registriert: Prüfen Sie das gewählte Unternehmen, oder löschen Sie zuerst die alte Registrierung im Rainbow-Verwaltungsportal (Customer companies &gt; dieses Unternehmen &gt; Communication &gt; Comm. Servers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several PBXs with this name are already declared on this site.</source>
        <translation>An diesem Standort sind bereits mehrere TK-Anlagen mit diesem Namen registriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the extra ones in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers), or choose another name.</source>
        <translation>Löschen Sie die überzähligen im Rainbow-Verwaltungsportal (Customer companies &gt; das Unternehmen &gt; Communication &gt; Comm. Servers), oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site the PBX belongs to (--site-id on the command line).</source>
        <translation>Wählen Sie den Standort, zu dem die TK-Anlage gehört (--site-id auf der Kommandozeile).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has no site on Rainbow, and a PBX must belong to a site.</source>
        <translation>Das Kundenunternehmen hat auf Rainbow keinen Standort, und eine TK-Anlage muss zu einem Standort gehören.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agree to create one (--create-site on the command line), or create it in the Rainbow admin portal (Customer companies &gt; the company).</source>
        <translation>Stimmen Sie zu, einen anzulegen (--create-site auf der Kommandozeile), oder legen Sie ihn im Rainbow-Verwaltungsportal an (Customer companies &gt; das Unternehmen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the company&apos;s Rainbow id (company.id in the installation file): it must be one of your customer companies, and it may have been deleted in the Rainbow admin portal.</source>
        <translation>Prüfen Sie die Rainbow-ID des Unternehmens (company.id in der Installationsdatei): Es muss eines Ihrer Kundenunternehmen sein, und es wurde möglicherweise im Rainbow-Verwaltungsportal gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment id is not known yet: declare the PBX on Rainbow first.</source>
        <translation>Die Geräte-ID ist noch nicht bekannt: Registrieren Sie zuerst die TK-Anlage auf Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activation code is not known yet: declare the PBX on Rainbow first.</source>
        <translation>Der Aktivierungscode ist noch nicht bekannt: Registrieren Sie zuerst die TK-Anlage auf Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let it end (or close the program running it), then run the declaration again: it finds what the other one declared.</source>
        <translation>Lassen Sie sie zu Ende laufen (oder schließen Sie das Programm, das sie ausführt), und führen Sie die Registrierung dann erneut aus: Sie findet, was die andere registriert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the equipment id and activation code shown now (enter them in OMC &gt; Cloud &gt; Rainbow). Then make the file writable (free some space, or copy it to a folder you may write to) and declare it again: the declaration is found and recorded.</source>
        <translation>Kopieren Sie die jetzt angezeigte Geräte-ID und den Aktivierungscode (geben Sie sie in OMC &gt; Cloud &gt; Rainbow ein). Machen Sie die Datei dann beschreibbar (geben Sie Speicherplatz frei, oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen) und registrieren Sie erneut: Die Registrierung wird gefunden und gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was declared. Make the file writable (free some space, or copy it to a folder you may write to), then declare it again.</source>
        <translation>Es wurde nichts registriert. Machen Sie die Datei beschreibbar (geben Sie Speicherplatz frei, oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen), und registrieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free some space or choose a folder you may write to, then run again: what was done on Rainbow is found again and reused.</source>
        <translation>Geben Sie Speicherplatz frei oder wählen Sie einen Ordner, in den Sie schreiben dürfen, und starten Sie dann erneut: Was auf Rainbow bereits erledigt wurde, wird wiedergefunden und weiterverwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the equipment id and the company; reuse or delete the existing declaration in the Rainbow admin portal first.</source>
        <translation>Prüfen Sie die Geräte-ID und das Unternehmen; verwenden Sie die bestehende Registrierung weiter oder löschen Sie sie zuerst im Rainbow-Verwaltungsportal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account signed in is not a business-partner admin.</source>
        <translation>Das angemeldete Konto ist kein Business-Partner-Administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the company chosen in the installation, or sign in with the account of the business partner that manages it.</source>
        <translation>Prüfen Sie das in der Installation gewählte Unternehmen, oder melden Sie sich mit dem Konto des Business Partners an, der es verwaltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of the company&apos;s sites (--site-id on the command line).</source>
        <translation>Wählen Sie einen der Standorte des Unternehmens (--site-id auf der Kommandozeile).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the site is known.</source>
        <translation>Wird geprüft, sobald der Standort bekannt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site is new: no system of this name can exist on it.</source>
        <translation>Der Standort ist neu: Dort kann kein System dieses Namens existieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The equipment id is free: a new system would be declared.</source>
        <translation>Die Geräte-ID ist frei: Ein neues System würde registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system of this name on the site: a new one would be declared.</source>
        <translation>Kein System dieses Namens an dem Standort: Ein neues würde registriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the country of the installation; Rainbow lists the countries it accepts (GET /systems/countries).</source>
        <translation>Prüfen Sie das Land der Installation; Rainbow listet die Länder auf, die es akzeptiert (GET /systems/countries).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by another business partner</source>
        <translation>von einem anderen Business Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for another customer company</source>
        <translation>für ein anderes Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several times on this site</source>
        <translation>mehrfach an diesem Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installation file must contain a JSON object.</source>
        <translation>Eine Installationsdatei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema_version is missing: this is not an installation file, or it was damaged.</source>
        <translation>schema_version fehlt: Das ist keine Installationsdatei, oder sie wurde beschädigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery mode: BTCO is not available for OXO Connect Evolution; use stock mode for this PBX.</source>
        <translation>Liefermodus: BTCO ist für OXO Connect Evolution nicht verfügbar; verwenden Sie für diese TK-Anlage den Stock-Modus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow server must be a web address such as https://openrainbow.com.</source>
        <translation>Der Rainbow-Server muss eine Webadresse wie https://openrainbow.com sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound prefix: &apos;Use the outbound prefix&apos; is ticked but no prefix is given.</source>
        <translation>Amtskennziffer: „Amtskennziffer verwenden“ ist angekreuzt, aber es ist keine Amtskennziffer angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway: confirm the choice (licence_accepted) before enabling it; the licence itself is accepted in the Rainbow admin portal.</source>
        <translation>WebRTC-Gateway: Bestätigen Sie die Wahl (licence_accepted), bevor Sie es aktivieren; die Lizenz selbst wird im Rainbow-Verwaltungsportal akzeptiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PBX model</source>
        <translation>Modell der TK-Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Liefermodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Rainbow-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>WebRTC-Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Anlagenrufnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Wählregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Amtskennziffer verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference override</source>
        <translation>Abweichende Referenz zulassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder (e.g. the Desktop or Documents).</source>
        <translation>Wählen Sie einen anderen Ordner (z. B. den Desktop oder Dokumente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected by a passphrase: open it in the wizard to see its credentials.</source>
        <translation>Durch eine Passphrase geschützt: Öffnen Sie sie im Assistenten, um ihre Zugangsdaten zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase holds bytes that are not text in UTF-8 (as set in the environment or typed on a terminal with another encoding); set it again in plain text.</source>
        <translation>Die Passphrase enthält Bytes, die kein UTF-8-Text sind (wie in der Umgebung gesetzt oder in einem Terminal mit anderer Kodierung eingegeben); geben Sie sie erneut als einfachen Text ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is empty: give one to protect the file.</source>
        <translation>Die Passphrase ist leer: Geben Sie eine an, um die Datei zu schützen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong, or the protected part does not belong to this file (it was copied from another file, or the PBX model, mode, company, server name or Rainbow server was edited outside the program). Nothing was changed.</source>
        <translation>Die Passphrase ist falsch, oder der geschützte Teil gehört nicht zu dieser Datei (er wurde aus einer anderen Datei kopiert, oder Modell der TK-Anlage, Modus, Unternehmen, Servername oder Rainbow-Server wurden außerhalb des Programms geändert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PBX is already declared on Rainbow for this company as &apos;%1&apos;.</source>
        <translation>Diese TK-Anlage ist auf Rainbow bereits für dieses Unternehmen als „%1“ registriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has %1 sites: %2.</source>
        <translation>Das Kundenunternehmen hat %1 Standorte: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know the customer company %1.</source>
        <translation>Rainbow kennt das Kundenunternehmen %1 nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another declaration of this PBX is running on this computer and did not end in time. %1</source>
        <translation>Eine andere Registrierung dieser TK-Anlage läuft auf diesem Computer und wurde nicht rechtzeitig beendet. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was declared. Free some space, or set %1 to a folder you may write to, then run again.</source>
        <translation>Es wurde nichts registriert. Geben Sie Speicherplatz frei, oder setzen Sie %1 auf einen Ordner, in den Sie schreiben dürfen, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2</source>
        <translation>Die TK-Anlage ist auf Rainbow registriert (System %1), aber die Installationsdatei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PBX is already declared on Rainbow %1.</source>
        <translation>Diese TK-Anlage ist auf Rainbow bereits %1 registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for this company as &apos;%1&apos;</source>
        <translation>für dieses Unternehmen als „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1, a business-partner admin.</source>
        <translation>Angemeldet als %1, Business-Partner-Administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer company %1 is not one of this business partner&apos;s customers on Rainbow.</source>
        <translation>Das Kundenunternehmen %1 ist auf Rainbow kein Kunde dieses Business Partners.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, a customer of this business partner.</source>
        <translation>%1, ein Kunde dieses Business Partners.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site %1 of the installation is not a site of this company.</source>
        <translation>Der Standort %1 der Installation ist kein Standort dieses Unternehmens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the company&apos;s only site).</source>
        <translation>%1 (der einzige Standort des Unternehmens).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: the site &apos;%1&apos; would be created.</source>
        <translation>Noch keiner: Der Standort „%1“ würde angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already declared for this company as &apos;%1&apos;: declaring would reuse it and send nothing.</source>
        <translation>Bereits für dieses Unternehmen als „%1“ registriert: Die Registrierung würde es weiterverwenden und nichts senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow accepts the country %1 for a PBX.</source>
        <translation>Rainbow akzeptiert das Land %1 für eine TK-Anlage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not accept the country %1 for a PBX.</source>
        <translation>Rainbow akzeptiert das Land %1 für eine TK-Anlage nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 numbering rule(s), within Rainbow&apos;s limits (at most %2 rules, patterns of at most %3 characters).</source>
        <translation>%1 Wählregel(n), innerhalb der Grenzen von Rainbow (höchstens %2 Regeln, Muster mit höchstens %3 Zeichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than %2: it is not an installation file (they are a few kilobytes); check the file name.</source>
        <translation>%1 ist größer als %2: Das ist keine Installationsdatei (sie sind wenige Kilobyte groß); prüfen Sie den Dateinamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not an installation file.</source>
        <translation>%1 ist ein Ordner, keine Installationsdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: permission denied.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a text file in UTF-8: is it really an installation file?</source>
        <translation>%1 ist keine Textdatei in UTF-8: Ist es wirklich eine Installationsdatei?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests its values too deeply to be an installation file; check the file name, or restore the file from a copy.</source>
        <translation>%1 verschachtelt seine Werte zu tief, um eine Installationsdatei zu sein; prüfen Sie den Dateinamen, oder stellen Sie die Datei aus einer Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds a number of thousands of digits; an installation file has no such number: check the file name, or restore the file from a copy.</source>
        <translation>%1 enthält eine Zahl mit Tausenden von Ziffern; eine Installationsdatei enthält keine solche Zahl: Prüfen Sie den Dateinamen, oder stellen Sie die Datei aus einer Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is protected by a passphrase: its equipment id and activation code (and stock references) open only with it.</source>
        <translation>%1 ist durch eine Passphrase geschützt: Geräte-ID und Aktivierungscode (und die Stock-Referenzen) lassen sich nur damit öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase must have at least %1 characters; a few words are easier to remember and harder to guess.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen haben; einige Wörter sind leichter zu merken und schwerer zu erraten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protected part of the file is damaged (%1); use an intact copy of the file.</source>
        <translation>Der geschützte Teil der Datei ist beschädigt (%1); verwenden Sie eine unbeschädigte Kopie der Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is written in clear text in a protected file; remove the value (it is kept protected) or unprotect the file first.</source>
        <translation>%1 steht im Klartext in einer geschützten Datei; entfernen Sie den Wert (er bleibt geschützt gespeichert), oder heben Sie zuerst den Schutz der Datei auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required but missing.</source>
        <translation>%1: Pflichtangabe fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a field of an installation file; remove it.</source>
        <translation>%1: Das ist kein Feld einer Installationsdatei; entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the value %2; expected one of: %3.</source>
        <translation>%1 hat den Wert %2; erwartet wird einer von: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be text, in double quotes.</source>
        <translation>%1 muss Text in doppelten Anführungszeichen sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country is required: use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>Das Land ist erforderlich: Verwenden Sie einen zweistelligen ISO-Code wie FR, DE oder GB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be true or false, without quotes.</source>
        <translation>%1 muss true oder false sein, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON object, in braces { }.</source>
        <translation>%1 muss ein JSON-Objekt in geschweiften Klammern { } sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON list, in brackets [ ].</source>
        <translation>%1 muss eine JSON-Liste in eckigen Klammern [ ] sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a date and time such as 2026-01-31T09:30:00Z.</source>
        <translation>%1 muss ein Datum mit Uhrzeit wie 2026-01-31T09:30:00Z sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be valid JSON.</source>
        <translation>%1 muss gültiges JSON sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is longer than %2 characters; shorten it.</source>
        <translation>%1 ist länger als %2 Zeichen; kürzen Sie den Wert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a value of the wrong kind; compare it with a file the program wrote, or enter it again in the wizard.</source>
        <translation>%1 hat einen Wert der falschen Art; vergleichen Sie ihn mit einer Datei, die das Programm geschrieben hat, oder geben Sie ihn im Assistenten erneut ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must contain digits only (0-9); remove spaces and other characters.</source>
        <translation>%1 darf nur Ziffern (0-9) enthalten; entfernen Sie Leerzeichen und andere Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains the control character(s) %2 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>%1 enthält das oder die Steuerzeichen %2 (Escape-Sequenzen, Zeilenumbrüche und Ähnliches), die ein Name oder eine Beschreibung nie braucht; geben Sie ihn neu ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbering rule %1, %2</source>
        <translation>Wählregel %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: &apos;%1&apos; is not a country code the phone-number data knows; use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>Land: „%1“ ist kein Ländercode, den die Rufnummerndaten kennen; verwenden Sie einen zweibuchstabigen ISO-Code wie FR, DE oder GB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema_version %1 is not supported by this version of the program (it reads version %2); update the program.</source>
        <translation>schema_version %1 wird von dieser Programmversion nicht unterstützt (sie liest Version %2); aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagnostics file %1 cannot be written: %2.</source>
        <translation>Die Diagnosedatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 cannot be written: %2.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 could not be written: the PDF is empty.</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: Das PDF ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program on this computer held the lock %1 for %2 s.</source>
        <translation>Ein anderes Programm auf diesem Computer hielt die Sperre %1 %2 s lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock folder %1 cannot be created: %2.</source>
        <translation>Der Sperrordner %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file %1 cannot be used: %2.</source>
        <translation>Die Sperrdatei %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_remote.py" line="+21"/>
        <source>The Rainbow session has expired.</source>
        <translation>Die Rainbow-Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again and repeat the step.</source>
        <translation>Melden Sie sich erneut bei Rainbow an und wiederholen Sie den Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow session is no longer valid.</source>
        <translation>Die Rainbow-Sitzung ist nicht mehr gültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again.</source>
        <translation>Melden Sie sich erneut bei Rainbow an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the login or password.</source>
        <translation>Rainbow hat den Anmeldenamen oder das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login (the e-mail address of the Rainbow admin account) and the password; they are those of the Rainbow admin portal.</source>
        <translation>Prüfen Sie den Anmeldenamen (die E-Mail-Adresse des Rainbow-Administratorkontos) und das Kennwort; es sind dieselben wie im Rainbow-Verwaltungsportal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refused the application id or application secret.</source>
        <translation>Rainbow hat die Anwendungs-ID oder das Anwendungsgeheimnis abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both values in the sign-in settings (developers.openrainbow.com &gt; My applications), or leave both empty if you do not use a Rainbow application.</source>
        <translation>Prüfen Sie beide Werte in den Anmeldeeinstellungen (developers.openrainbow.com &gt; My applications), oder lassen Sie beide leer, wenn Sie keine Rainbow-Anwendung verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This company is not one of your customers on Rainbow.</source>
        <translation>Dieses Unternehmen ist auf Rainbow keiner Ihrer Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the business-partner admin account that manages this customer company.</source>
        <translation>Melden Sie sich mit dem Administratorkonto des Business Partners an, der dieses Kundenunternehmen verwaltet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This equipment id is already declared on Rainbow.</source>
        <translation>Diese Geräte-ID ist auf Rainbow bereits registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (fleet and installation references); if this PBX was declared before, reuse that declaration instead of creating another one.</source>
        <translation>Prüfen Sie die Geräte-ID (Flotten- und Installationsreferenz); wenn diese TK-Anlage schon registriert wurde, verwenden Sie diese Registrierung weiter, statt eine neue anzulegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow is receiving too many requests from this account.</source>
        <translation>Rainbow erhält zu viele Anfragen von diesem Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute, then repeat the step.</source>
        <translation>Warten Sie eine Minute und wiederholen Sie dann den Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused a value of the request.</source>
        <translation>Rainbow hat einen Wert der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and try again.</source>
        <translation>Korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and retry.</source>
        <translation>Korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the sign-in.</source>
        <translation>Rainbow hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login and password, then sign in again.</source>
        <translation>Prüfen Sie Anmeldename und Kennwort, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Rainbow account may not do this.</source>
        <translation>Ihr Rainbow-Konto darf das nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know this object.</source>
        <translation>Rainbow kennt dieses Objekt nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted in the Rainbow admin portal (Customer companies, or Communication &gt; Comm. Servers): refresh the list.</source>
        <translation>Es wurde möglicherweise im Rainbow-Verwaltungsportal gelöscht (Customer companies, oder Communication &gt; Comm. Servers): Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow did not receive the request in time.</source>
        <translation>Rainbow hat die Anfrage nicht rechtzeitig erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and try again.</source>
        <translation>Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This already exists on Rainbow.</source>
        <translation>Das existiert auf Rainbow bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list and reuse the existing entry.</source>
        <translation>Aktualisieren Sie die Liste und verwenden Sie den bestehenden Eintrag weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is too large for Rainbow.</source>
        <translation>Die Anfrage ist für Rainbow zu groß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the number of rules.</source>
        <translation>Verringern Sie die Anzahl der Regeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow had an internal problem and did not complete the request.</source>
        <translation>Rainbow hatte ein internes Problem und hat die Anfrage nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a few minutes and try again; check status.openrainbow.com if it persists.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut; sehen Sie auf status.openrainbow.com nach, wenn es anhält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow answered with an unexpected error.</source>
        <translation>Rainbow hat mit einem unerwarteten Fehler geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, save the log.</source>
        <translation>Versuchen Sie es erneut; wenn es anhält, speichern Sie das Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PBX name</source>
        <translation>den Namen der TK-Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>den Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>das Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX type</source>
        <translation>den Typ der TK-Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>das Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment id</source>
        <translation>die Geräte-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation code</source>
        <translation>den Aktivierungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national prefix</source>
        <translation>das nationale Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international prefix</source>
        <translation>das internationale Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound prefix</source>
        <translation>die Amtskennziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use of the outbound prefix</source>
        <translation>die Verwendung der Amtskennziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rules</source>
        <translation>die Wählregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule pattern</source>
        <translation>das Muster der Wählregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule replacement</source>
        <translation>die Ersetzung der Wählregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule description</source>
        <translation>die Beschreibung der Wählregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system</source>
        <translation>das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system state</source>
        <translation>den Systemzustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed-in user</source>
        <translation>den angemeldeten Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in</source>
        <translation>die Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal</source>
        <translation>die Token-Erneuerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Nicht bei Rainbow angemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or a guest Wi-Fi login page may be answering instead of Rainbow: open a web browser to check, and check the server address.</source>
        <translation>Möglicherweise antwortet ein Proxy oder die Anmeldeseite eines Gast-WLANs anstelle von Rainbow: Öffnen Sie zur Prüfung einen Webbrowser, und prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle), or ask the network administrator.</source>
        <translation>Möglicherweise ersetzt ein Proxy oder Virenschutz, der TLS prüft, das Zertifikat von Rainbow: Fügen Sie dessen CA-Zertifikat in den Einstellungen hinzu (eigenes CA-Bundle), oder fragen Sie den Netzwerkadministrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server address and that this computer is connected to the internet.</source>
        <translation>Prüfen Sie die Serveradresse und ob dieser Computer mit dem Internet verbunden ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or Rainbow is slow: try again. A change may still have been applied; the installer checks before repeating it.</source>
        <translation>Das Netzwerk oder Rainbow ist langsam: Versuchen Sie es erneut. Eine Änderung wurde möglicherweise dennoch übernommen; das Programm prüft das, bevor es sie wiederholt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address beginning with https://, e.g. https://openrainbow.com.</source>
        <translation>Verwenden Sie eine Adresse, die mit https:// beginnt, z. B. https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the network and try again; the installer checks whether a change was applied before repeating it.</source>
        <translation>Prüfen Sie das Netzwerk und versuchen Sie es erneut; das Programm prüft, ob eine Änderung übernommen wurde, bevor es sie wiederholt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a firewall must allow outgoing TCP 443 to openrainbow.com and *.openrainbow.com</source>
        <translation>eine Firewall muss ausgehendes TCP 443 zu openrainbow.com und *.openrainbow.com erlauben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use an https:// address, e.g. https://openrainbow.com or https://sandbox.openrainbow.com.</source>
        <translation>Verwenden Sie eine https://-Adresse, z. B. https://openrainbow.com oder https://sandbox.openrainbow.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow&apos;s list of countries is not a list.</source>
        <translation>Die Länderliste von Rainbow ist keine Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s sign-in answer has no token.</source>
        <translation>Die Anmeldeantwort von Rainbow enthält kein Token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PEM file holding the CA certificate of your proxy or antivirus (text beginning with -----BEGIN CERTIFICATE-----).</source>
        <translation>Wählen Sie eine PEM-Datei mit dem CA-Zertifikat Ihres Proxys oder Virenschutzes (Text, der mit -----BEGIN CERTIFICATE----- beginnt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy in use</source>
        <translation>Verwendeter Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the DNS server of this computer (or the guest Wi-Fi&apos;s login page).</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den DNS-Server dieses Computers (oder die Anmeldeseite des Gast-WLANs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle).</source>
        <translation>Möglicherweise ersetzt ein Proxy oder Virenschutz, der TLS prüft, das Zertifikat von Rainbow: Fügen Sie dessen CA-Zertifikat in den Einstellungen hinzu (eigenes CA-Bundle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tried: the name did not resolve.</source>
        <translation>Nicht versucht: Der Name wurde nicht aufgelöst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used: plain HTTP (the sandbox on this computer).</source>
        <translation>Nicht verwendet: unverschlüsseltes HTTP (die Sandbox auf diesem Computer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried: no TCP connection.</source>
        <translation>Nicht versucht: keine TCP-Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy configured: the program connects directly.</source>
        <translation>Kein Proxy konfiguriert: Das Programm verbindet sich direkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment or system settings</source>
        <translation>Umgebung oder Systemeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this computer&apos;s own addresses (the sandbox)</source>
        <translation>nicht verwendet für die eigenen Adressen dieses Computers (die Sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this server (exempted)</source>
        <translation>nicht verwendet für diesen Server (ausgenommen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used for this server</source>
        <translation>verwendet für diesen Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Activation code&quot; is read-only on this PBX after a successful activation: it is already connected with its code.</source>
        <translation>&quot;Activation code&quot; ist an dieser TK-Anlage nach einer erfolgreichen Aktivierung schreibgeschützt: Sie ist bereits mit ihrem Code verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use another code, reset the connection on Rainbow first.</source>
        <translation>Um einen anderen Code zu verwenden, setzen Sie zuerst die Verbindung auf Rainbow zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox has no PBX with this CPU serial number.</source>
        <translation>Die Sandbox hat keine TK-Anlage mit dieser CPU-Seriennummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the PBXs the sandbox lists.</source>
        <translation>Wählen Sie eine der TK-Anlagen, die die Sandbox auflistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sandbox is running and that its PBX address is right.</source>
        <translation>Prüfen Sie, ob die Sandbox läuft und ihre TK-Anlagen-Adresse stimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings may or may not have been applied: read them again before applying.</source>
        <translation>Die Einstellungen wurden möglicherweise übernommen oder auch nicht: Lesen Sie sie vor dem Übernehmen erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the address is the sandbox&apos;s PBX endpoint.</source>
        <translation>Prüfen Sie, ob die Adresse der TK-Anlagen-Endpunkt der Sandbox ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX did not answer in time.</source>
        <translation>Die Sandbox-TK-Anlage hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX could not be reached.</source>
        <translation>Die Sandbox-TK-Anlage war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, restart the sandbox.</source>
        <translation>Versuchen Sie es erneut; wenn es anhält, starten Sie die Sandbox neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s status lacks a readable connection.</source>
        <translation>Im Status der Sandbox-TK-Anlage fehlt eine lesbare Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unreadable entry.</source>
        <translation>Die TK-Anlagen-Liste der Sandbox enthält einen unlesbaren Eintrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unknown model or mode.</source>
        <translation>Die TK-Anlagen-Liste der Sandbox enthält ein unbekanntes Modell oder einen unbekannten Modus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list is not readable.</source>
        <translation>Die TK-Anlagen-Liste der Sandbox ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// address, or the sandbox&apos;s pbx_url (http://127.0.0.1:PORT).</source>
        <translation>Verwenden Sie eine https://-Adresse oder die pbx_url der Sandbox (http://127.0.0.1:PORT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX).</source>
        <translation>Keine Sandbox-TK-Anlage passt zu dieser Installation (Stock: ihre Referenzen; BTCO: eine freie TK-Anlage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the plan&apos;s fleet and installation references against the sandbox&apos;s PBXs.</source>
        <translation>Vergleichen Sie die Flotten- und Installationsreferenz der Installation mit den TK-Anlagen der Sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU serial number</source>
        <translation>die CPU-Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>die Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its settings</source>
        <translation>seine Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its PBXs</source>
        <translation>seine TK-Anlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its status</source>
        <translation>seinen Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>Geräte-ID: Im BTCO-Modus erzeugt Rainbow sie bei der Registrierung der TK-Anlage; registrieren Sie zuerst die TK-Anlage oder geben Sie die von Rainbow angezeigte Geräte-ID ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Aktivierungscode: Im BTCO-Modus erzeugt Rainbow ihn bei der Registrierung der TK-Anlage; registrieren Sie zuerst die TK-Anlage oder geben Sie den von Rainbow angezeigten Aktivierungscode ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: Die OMC-Checkliste aktiviert Rainbow nur; zum Deaktivieren entfernen Sie das Häkchen in OMC selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: Der zu übernehmende Wert ist nicht die Geräte-ID, die die OMC-Checkliste zeigt; erstellen Sie die Checkliste aus der Installation neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: Der zu übernehmende Wert ist nicht der Code, den die OMC-Checkliste zeigt; erstellen Sie die Checkliste aus der Installation neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: Der anzuwendende Wert ist nicht die Domain, die die OMC-Checkliste zeigt; eine andere Domain muss in OMC von Hand eingegeben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rainbow refused a value of the request: %1.</source>
        <translation>Rainbow hat einen Wert der Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1: %2.</source>
        <translation>Rainbow hat %1 abgelehnt: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1.</source>
        <translation>Rainbow hat %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1.</source>
        <translation>Korrigieren Sie %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a firewall must allow outgoing TCP %1 to %2</source>
        <translation>eine Firewall muss ausgehendes TCP %1 zu %2 erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Der Servername %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was refused.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address and port; %1.</source>
        <translation>Prüfen Sie Serveradresse und Port; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet; %1.</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer the connection in time.</source>
        <translation>%1 hat auf den Verbindungsaufbau nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network is slow or a firewall drops the traffic; %1. Try again.</source>
        <translation>Das Netzwerk ist langsam oder eine Firewall verwirft den Verkehr; %1. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy refused or failed the connection to %1.</source>
        <translation>Der Proxy hat die Verbindung zu %1 abgelehnt oder nicht hergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings of this computer (or HTTPS_PROXY), and that the proxy allows %1.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen dieses Computers (oder HTTPS_PROXY) und ob der Proxy %1 zulässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address for %1 is not usable.</source>
        <translation>Die Serveradresse für %1 ist nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 broke before the answer arrived.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Antwort ankam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange with %1 failed (%2).</source>
        <translation>Der Austausch mit %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Rainbow server address &apos;%1&apos; is not usable.</source>
        <translation>Die Rainbow-Serveradresse „%1“ ist nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no &apos;data&apos;.</source>
        <translation>Die Antwort von Rainbow über %1 enthält kein „data“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no readable &apos;%2&apos;.</source>
        <translation>Die Antwort von Rainbow über %1 enthält kein lesbares „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not JSON.</source>
        <translation>Die Antwort von Rainbow über %1 ist kein JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not an object.</source>
        <translation>Die Antwort von Rainbow über %1 ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s list of %1 entries is not a list.</source>
        <translation>Die Liste von Rainbow über %1 ist keine Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file %1 could not be loaded.</source>
        <translation>Die CA-Zertifikatsdatei %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS of %1</source>
        <translation>DNS von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port %1</source>
        <translation>TCP-Port %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be resolved (%1).</source>
        <translation>Der Name konnte nicht aufgelöst werden (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolves to %1.</source>
        <translation>Wird aufgelöst zu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to port %1 (%2).</source>
        <translation>Keine Verbindung zu Port %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 port %2.</source>
        <translation>Verbunden mit %1, Port %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network; %1.</source>
        <translation>Prüfen Sie das Netzwerk; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handshake failed (%1).</source>
        <translation>Der Handshake ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2; trusted.</source>
        <translation>%1, %2; vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate for %1, issued by %2</source>
        <translation>Zertifikat für %1, ausgestellt von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 proxy %2 (%3), %4.</source>
        <translation>%1-Proxy %2 (%3), %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX refused the %1: %2</source>
        <translation>Die TK-Anlage hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX refused the %1.</source>
        <translation>Die TK-Anlage hat %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1 and apply again.</source>
        <translation>Korrigieren Sie %1 und übernehmen Sie die Einstellungen erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX refused the request (HTTP %1).</source>
        <translation>Die Sandbox-TK-Anlage hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not JSON.</source>
        <translation>Die Antwort der Sandbox-TK-Anlage über %1 ist kein JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not a JSON object.</source>
        <translation>Die Antwort der Sandbox-TK-Anlage über %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s settings lack a readable %1.</source>
        <translation>In den Einstellungen der Sandbox-TK-Anlage fehlt ein lesbarer Wert für %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX address &apos;%1&apos; is not usable: the PBX settings hold the activation code, and plain http is allowed only to this computer (the sandbox).</source>
        <translation>Die Adresse der TK-Anlage „%1“ ist nicht verwendbar: Die Einstellungen der TK-Anlage enthalten den Aktivierungscode, und unverschlüsseltes http ist nur zu diesem Computer (der Sandbox) erlaubt.</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_batch.py" line="+19"/>
        <source>The CSV file is not text in UTF-8 or Windows-1252: save it from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>Die CSV-Datei ist kein Text in UTF-8 oder Windows-1252: Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file is empty: no header row.</source>
        <translation>Die CSV-Datei ist leer: Es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file has a header row but no PBX rows.</source>
        <translation>Die CSV-Datei hat eine Kopfzeile, aber keine Zeilen mit TK-Anlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Komma erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Doppelpunkt erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Eigenschaftsname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>zusätzliche Daten nach dem Ende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, rule %2: must be an object with regexp_match and regexp_replace.</source>
        <translation>%1, Regel %2: muss ein Objekt mit regexp_match und regexp_replace sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, rule %2: &apos;%3&apos; is not a rule field; remove it.</source>
        <translation>%1, Regel %2: „%3“ ist kein Regelfeld; entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: both %3 and %4 are given; keep one.</source>
        <translation>%1, Regel %2: %3 und %4 sind beide angegeben; behalten Sie nur eines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: %3 must be text (in double quotes).</source>
        <translation>%1, Regel %2: %3 muss Text sein (in doppelten Anführungszeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: regexp_replace is missing; write &quot;&quot; to block the numbers the rule matches.</source>
        <translation>%1, Regel %2: regexp_replace fehlt; schreiben Sie eine leere Zeichenkette (zwei doppelte Anführungszeichen), um die Nummern zu sperren, auf die die Regel passt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, rule %2: Rainbow does not support \d; written as %3.</source>
        <translation>%1, Regel %2: Rainbow unterstützt \d nicht; geschrieben als %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a rules file: its JSON nests too deeply or holds a huge number.</source>
        <translation>%1 ist keine Regeldatei: Das JSON ist zu tief verschachtelt oder enthält eine riesige Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must hold a JSON list of rules, e.g. %2.</source>
        <translation>%1 muss eine JSON-Liste von Regeln enthalten, z. B. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file lacks the required column(s) %1 (its header row, read with &apos;%2&apos; as separator, has: %3). Required columns: %4; optional: %5.</source>
        <translation>In der CSV-Datei fehlen die Pflichtspalten %1 (ihre Kopfzeile, gelesen mit „%2“ als Trennzeichen, enthält: %3). Pflichtspalten: %4; optional: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row has column(s) this program does not know: %1; check the spelling or remove them. Known columns: %2.</source>
        <translation>Die Kopfzeile enthält Spalten, die dieses Programm nicht kennt: %1; prüfen Sie die Schreibweise oder entfernen Sie sie. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice in the header row; keep one.</source>
        <translation>Die Spalte %1 kommt in der Kopfzeile zweimal vor; behalten Sie nur eine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file cannot be read near line %1: %2; check its quotes.</source>
        <translation>Die CSV-Datei kann um Zeile %1 nicht gelesen werden: %2; prüfen Sie die Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 values where the header row names %2 columns; a value containing the separator &apos;%3&apos; must be in double quotes.</source>
        <translation>%1 Werte, während die Kopfzeile %2 Spalten nennt; ein Wert, der das Trennzeichen „%3“ enthält, muss in doppelten Anführungszeichen stehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same server name as on row %1; each PBX is prepared once.</source>
        <translation>Derselbe Servername wie in Zeile %1; jede TK-Anlage wird nur einmal vorbereitet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fleet and installation references (same PBX) as on row %1; each PBX is prepared once.</source>
        <translation>Dieselbe Flotten- und Installationsreferenz (dieselbe TK-Anlage) wie in Zeile %1; jede TK-Anlage wird nur einmal vorbereitet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>Die CSV-Datei %1 ist größer als %2; prüfen Sie den Dateinamen oder teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>Die Regeldatei %1 ist größer als %2; prüfen Sie den Dateinamen oder teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file %1 does not exist.</source>
        <translation>Die CSV-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 does not exist.</source>
        <translation>Die Regeldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a rules file.</source>
        <translation>%1 ist ein Ordner, keine Regeldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file %1 cannot be read: %2.</source>
        <translation>Die CSV-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>Die Regeldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 is not text in UTF-8.</source>
        <translation>Die Regeldatei %1 ist kein Text in UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists and differs from this row (it may hold a declared PBX&apos;s progress); remove it or choose another output folder (on the command line, --force overwrites it).</source>
        <translation>%1 existiert bereits und weicht von dieser Zeile ab (sie enthält vielleicht den Fortschritt einer registrierten TK-Anlage); entfernen Sie sie oder wählen Sie einen anderen Zielordner (auf der Befehlszeile überschreibt --force sie).</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../installer_app/ui/support/drafts.py" line="+97"/>
        <source>no server name yet</source>
        <extracomment>The last step shown: QWizard forgets its page before it reports being closed.</extracomment>
        <translation>noch kein Servername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume the last draft (%1, saved at %2)</source>
        <translation>Letzten &amp;Entwurf fortsetzen (%1, gespeichert um %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume the last draft</source>
        <translation>Letzten Entwurf fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the page you were on, with everything you had entered.</source>
        <translation>Zurück zur Seite, auf der Sie waren, mit allem, was Sie eingegeben hatten.</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+352"/>
        <source>&amp;Fleet view…</source>
        <translation>&amp;Flottenansicht…</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <location line="-277"/>
        <source>Fleet view – installation files</source>
        <translation>Flottenansicht – Installationsdateien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder of installation files</source>
        <translation>Ordner der Installationsdateien wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the installations</source>
        <translation>Installationen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, server name, equipment id, status</source>
        <translation>Unternehmen, Servername, Geräte-ID, Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_table.py" line="+63"/>
        <source>Equipment id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow status</source>
        <translation>Rainbow-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX status</source>
        <translation>Status der TK-Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Installations</source>
        <translation>Installationen</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+20"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh from Rainbow</source>
        <translation>Von Rainbow a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the wizard</source>
        <translation>Im Assistenten ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load this installation file and show its dashboard</source>
        <translation>Diese Installationsdatei laden und ihre Übersicht anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No folder chosen: recent files only</source>
        <translation>Kein Ordner gewählt: nur zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the installation files…</source>
        <translation>Installationsdateien werden gelesen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading cancelled: %1 of %2 installation files listed.</source>
        <translation>Lesen abgebrochen: %1 von %2 Installationsdateien aufgelistet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the statuses on Rainbow…</source>
        <translation>Status werden von Rainbow gelesen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 installation files</source>
        <translation>%1 Installationsdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in to Rainbow: statuses as the files record them</source>
        <translation>nicht bei Rainbow angemeldet: Status wie in den Dateien gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 read on Rainbow</source>
        <translation>%1 auf Rainbow gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>Die CSV-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Folder of installation files</source>
        <translation>Ordner der Installationsdateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the fleet as CSV</source>
        <translation>Flotte als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/gateway_dialog.py" line="+35"/>
        <source>WebRTC gateway: a step in the Rainbow admin portal</source>
        <translation>WebRTC-Gateway: ein Schritt im Rainbow-Verwaltungsportal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record the choice</source>
        <translation>Entscheidung &amp;festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the WebRTC gateway choice</source>
        <translation>Entscheidung zum WebRTC-Gateway festhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: no WebRTC gateway</source>
        <translation>Abbrechen: kein WebRTC-Gateway</translation>
    </message>
</context>
<context>
    <name>InstallerWizard</name>
    <message>
        <location filename="../installer_app/ui/wizard.py" line="+70"/>
        <source>OXO Connect – Rainbow installer</source>
        <extracomment>The passphrase protecting the opened/saved installation file (memory only). The plan, from the Summary on (see :meth:`installation_plan`); None before. Where an opened installation file resumes, while a page on the way is not done.</extracomment>
        <translation>OXO Connect – Rainbow-Installationsassistent</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;More…</source>
        <translation>&amp;Mehr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save installation file…</source>
        <translation>Installationsdatei spei&amp;chern…</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The declaration on Rainbow is still running. Close anyway? It stops where it is; what you entered is kept as a draft, the next start offers to resume it, and declaring again reuses what Rainbow already has.</source>
        <translation>Die Deklaration in Rainbow läuft noch. Trotzdem schließen? Sie hält an, wo sie gerade ist; Ihre Eingaben bleiben als Entwurf erhalten, beim nächsten Start wird angeboten, dort weiterzumachen, und eine erneute Deklaration verwendet, was Rainbow bereits hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the installer? What you entered is kept as a draft: the next start offers to resume it.</source>
        <translation>Den Installationsassistenten schließen? Ihre Eingaben bleiben als Entwurf erhalten: Beim nächsten Start wird angeboten, dort weiterzumachen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close the installer</source>
        <translation>Assistenten &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on</source>
        <translation>&amp;Weitermachen</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/language_menu.py" line="+45"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time the program starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Programmstart.</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/numbering.py" line="+51"/>
        <location line="+16"/>
        <source>Numbering rules</source>
        <translation>Wählregeln</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Rainbow applies the first rule whose pattern matches the dialled number and sends the result to the PBX. An empty replacement blocks the number.</source>
        <translation>Rainbow wendet die erste Regel an, deren Muster auf die gewählte Nummer passt, und sendet das Ergebnis an die TK-Anlage. Eine leere Ersetzung sperrt die Nummer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rules, in the order Rainbow tries them:</source>
        <translation>&amp;Regeln, in der Reihenfolge, in der Rainbow sie prüft:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-made:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal numbers</source>
        <translation>&amp;Interne Nummern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal numbers of 1–5 digits: %1 → %2</source>
        <translation>Interne Nummern mit 1–5 Ziffern: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block a &amp;prefix…</source>
        <translation>&amp;Präfix sperren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule limit</source>
        <translation>Regelgrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block a prefix problem</source>
        <translation>Problem beim Sperren eines Präfixes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems in the rules</source>
        <translation>Probleme in den Regeln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use [0-9] instead of \d in every pattern</source>
        <translation>In allen Mustern [0-9] statt \d verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use [0-9] instead of \d</source>
        <translation>[0-9] statt \d verwenden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Internal numbers of 1–5 digits</source>
        <translation>Interne Nummern mit 1–5 Ziffern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block a prefix</source>
        <translation>Präfix sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls to numbers starting with this prefix will be blocked (e.g. 0800):</source>
        <translation>Anrufe an Nummern, die mit diesem Präfix beginnen, werden gesperrt (z. B. 0800):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Block a prefix: “%1” is not a prefix; type digits (and * # +), e.g. 0800.</source>
        <translation>Präfix sperren: „%1“ ist kein Präfix; geben Sie Ziffern (und * # +) ein, z. B. 0800.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block numbers starting with %1</source>
        <translation>Nummern sperren, die mit %1 beginnen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Rainbow accepts at most %1 numbering rules: remove one to add another.</source>
        <translation>Rainbow akzeptiert höchstens %1 Wählregeln: Entfernen Sie eine, um eine weitere hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>OmcChecklist</name>
    <message>
        <location filename="../installer_app/pbx/omc_checklist.py" line="+52"/>
        <source>Default PBX address</source>
        <translation>Standardadresse der TK-Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow PABX-ID</source>
        <translation>Rainbow PABX-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to the PBX with OMC</source>
        <extracomment>Values a step shows besides its own, to compare in OMC (stock mode&apos;s final check shows the activation code, which is the same joined references as &quot;Rainbow PABX-ID&quot;).</extracomment>
        <translation>Mit OMC zur TK-Anlage verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start OMC on a computer on the customer&apos;s network and connect to the PBX. The main CPU&apos;s default address is 192.168.92.246. At the first login OMC asks for new admin passwords: change them and keep them somewhere safe.</source>
        <translation>Starten Sie OMC auf einem Computer im Netzwerk des Kunden und verbinden Sie sich mit der TK-Anlage. Die Standardadresse der Haupt-CPU ist 192.168.92.246. Bei der ersten Anmeldung verlangt OMC neue Administratorkennwörter: Ändern Sie sie und bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to Expert View</source>
        <translation>Zur Expert View wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow settings are only in OMC&apos;s Expert View.</source>
        <translation>Die Rainbow-Einstellungen gibt es nur in der Expert View von OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Cloud &gt; Rainbow</source>
        <translation>Cloud &gt; Rainbow öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Expert View, open Cloud, then Rainbow.</source>
        <translation>Öffnen Sie in der Expert View Cloud, dann Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick &quot;Rainbow enabled&quot;</source>
        <translation>&quot;Rainbow enabled&quot; ankreuzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lets the PBX open its link to Rainbow.</source>
        <translation>Damit kann die TK-Anlage ihre Verbindung zu Rainbow aufbauen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the &quot;Rainbow PABX-ID&quot;</source>
        <translation>&quot;Rainbow PABX-ID&quot; eingeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the &quot;Activation code&quot;</source>
        <translation>&quot;Activation code&quot; eingeben</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Replace what the field shows (by default the CPU serial number) with the equipment id shown here, exactly as written.</source>
        <translation>Ersetzen Sie den Inhalt des Feldes (standardmäßig die Seriennummer der CPU) durch die hier angezeigte Geräte-ID, genau wie geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the activation code shown here, exactly as written. It is secret: do not write it down anywhere else. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Geben Sie den hier angezeigten Aktivierungscode genau wie geschrieben ein. Er ist geheim: Notieren Sie ihn nirgendwo sonst. Sobald die TK-Anlage verbunden ist und ihr Anmeldepasswort erhalten hat, graut OMC &quot;Activation code&quot; aus: Das ist normal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave &quot;Domain name&quot; at openrainbow.com</source>
        <translation>&quot;Domain name&quot; auf openrainbow.com belassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX connects to Rainbow at this address: do not change it. If someone did, put openrainbow.com back.</source>
        <translation>Die TK-Anlage verbindet sich über diese Adresse mit Rainbow: Ändern Sie sie nicht. Wurde sie geändert, tragen Sie wieder openrainbow.com ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click Apply</source>
        <translation>Auf Apply klicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC sends the settings to the PBX.</source>
        <translation>OMC sendet die Einstellungen an die TK-Anlage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm with Yes</source>
        <translation>Mit Yes bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC asks before applying the settings: answer Yes.</source>
        <translation>OMC fragt vor dem Übernehmen der Einstellungen nach: Antworten Sie mit Yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for &quot;Connected&quot;</source>
        <translation>Auf &quot;Connected&quot; warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status on the Cloud &gt; Rainbow page turns to Connected, and Rainbow then shows Running; this can take a few minutes. If it does not, check that the activation code was entered exactly, and that the PBX is allowed out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Der Status auf der Seite Cloud &gt; Rainbow wechselt zu Connected, danach zeigt Rainbow Running an; das kann einige Minuten dauern. Falls nicht, prüfen Sie, ob der Aktivierungscode genau eingegeben wurde und ob die TK-Anlage über TCP 443 zu openrainbow.com, *.openrainbow.com und openrainbow.io hinaus darf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to configure on the PBX</source>
        <translation>An der TK-Anlage ist nichts zu konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock mode Rainbow is enabled on the PBX by default and its parameters fill in automatically: leave OMC&apos;s Cloud &gt; Rainbow page as it is.</source>
        <translation>Im Stock-Modus ist Rainbow an der TK-Anlage standardmäßig aktiviert und die Parameter werden automatisch ausgefüllt: Lassen Sie die Seite Cloud &gt; Rainbow in OMC unverändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power the PBX and cable it</source>
        <translation>TK-Anlage einschalten und verkabeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the PBX is powered on and cabled to the customer&apos;s network, which must reach the internet.</source>
        <translation>Stellen Sie sicher, dass die TK-Anlage eingeschaltet und mit dem Netzwerk des Kunden verkabelt ist, das Zugang zum Internet haben muss.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let the PBX out on TCP 443</source>
        <translation>Ausgehendes TCP 443 für die TK-Anlage freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s firewall must allow outgoing TCP 443 from the PBX to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Die Firewall des Kunden muss ausgehendes TCP 443 von der TK-Anlage zu openrainbow.com, *.openrainbow.com und openrainbow.io erlauben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the web proxy in OMC, if the site has one</source>
        <translation>Web-Proxy in OMC eintragen, falls der Standort einen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the site reaches the internet through a web proxy, enter it in OMC under Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; the proxy must let the PBX&apos;s secure WebSocket (WSS) through. Without a proxy there is nothing to do.</source>
        <translation>Geht der Standort über einen Web-Proxy ins Internet, tragen Sie ihn in OMC unter Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy ein; der Proxy muss den sicheren WebSocket (WSS) der TK-Anlage durchlassen. Ohne Proxy ist nichts zu tun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the PBX to connect</source>
        <translation>Warten, bis die TK-Anlage verbunden ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow shows Running once the PBX is connected; this can take a few minutes.</source>
        <translation>Rainbow zeigt Running, sobald die TK-Anlage verbunden ist; das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check in OMC (Expert View &gt; Cloud &gt; Rainbow)</source>
        <translation>In OMC prüfen (Expert View &gt; Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with the values shown here: &quot;Rainbow enabled&quot; is ticked, &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot; both hold the fleet and installation references joined by a dash, and the status shows Connected. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Vergleichen Sie mit den hier angezeigten Werten: &quot;Rainbow enabled&quot; ist angekreuzt, &quot;Rainbow PABX-ID&quot; und &quot;Activation code&quot; enthalten beide Flotten- und Installationsreferenz, durch einen Bindestrich verbunden, und der Status zeigt Connected. Sobald die TK-Anlage verbunden ist und ihr Anmeldepasswort erhalten hat, graut OMC &quot;Activation code&quot; aus: Das ist normal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &quot;Domain name&quot; to the value shown here</source>
        <extracomment>The domain step when the platform is not production: the domain is entered, not left.</extracomment>
        <translation>&quot;Domain name&quot; auf den hier angezeigten Wert setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX connects to the Rainbow platform chosen at this address. It is inferred from the server&apos;s address (only openrainbow.com is documented): if the PBX does not connect, check the value with ALE support.</source>
        <translation>Die TK-Anlage verbindet sich unter dieser Adresse mit der gewählten Rainbow-Plattform. Sie ist aus der Serveradresse abgeleitet (dokumentiert ist nur openrainbow.com): Verbindet sich die TK-Anlage nicht, klären Sie den Wert mit dem ALE-Support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>Geräte-ID: Im BTCO-Modus erzeugt Rainbow sie bei der Registrierung der TK-Anlage; registrieren Sie zuerst die TK-Anlage oder geben Sie die von Rainbow angezeigte Geräte-ID ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Aktivierungscode: Im BTCO-Modus erzeugt Rainbow ihn bei der Registrierung der TK-Anlage; registrieren Sie zuerst die TK-Anlage oder geben Sie den von Rainbow angezeigten Aktivierungscode ein.</translation>
    </message>
    <message>
        <location filename="../installer_app/pbx/guided.py" line="+57"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: Die OMC-Checkliste aktiviert Rainbow nur; zum Deaktivieren entfernen Sie das Häkchen in OMC selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: Der zu übernehmende Wert ist nicht die Geräte-ID, die die OMC-Checkliste zeigt; erstellen Sie die Checkliste aus der Installation neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: Der zu übernehmende Wert ist nicht der Code, den die OMC-Checkliste zeigt; erstellen Sie die Checkliste aus der Installation neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: Der anzuwendende Wert ist nicht die Domain, die die OMC-Checkliste zeigt; eine andere Domain muss in OMC von Hand eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>PbxConfigPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_config.py" line="+48"/>
        <source>PBX configuration</source>
        <translation>Konfiguration der TK-Anlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox PBX</source>
        <translation>Sandbox-TK-Anlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Push the settings to the PBX</source>
        <translation>Einstellungen an die TK-Anlage &amp;übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the settings to the PBX</source>
        <translation>Einstellungen an die TK-Anlage übertragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Values to enter in OMC</source>
        <translation>In OMC einzugebende Werte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In OMC</source>
        <translation>In OMC</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock mode: nothing to configure on the PBX; check these points.</source>
        <extracomment>The copy fields by step id (&quot;step/1&quot; for a step&apos;s second value, and so on). The step the next page watches (the PBX connecting): shown, never ticked by hand.</extracomment>
        <translation>Stock-Modus: An der TK-Anlage ist nichts zu konfigurieren; prüfen Sie diese Punkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the values in OMC (Expert View &gt; Cloud &gt; Rainbow), step by step.</source>
        <translation>Geben Sie die Werte Schritt für Schritt in OMC ein (Expert View &gt; Cloud &gt; Rainbow).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>✔ %1: the PBX reads Connected.</source>
        <translation>✔ %1: Der PBX zeigt Connected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the next page watches this for you.</source>
        <translation>%1: Die nächste Seite überwacht das für Sie.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pushing…</source>
        <translation>Übertragung…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied: Rainbow enabled, PABX-ID set; PBX connection: %1</source>
        <translation>Übernommen: Rainbow aktiviert, PABX-ID gesetzt; Verbindung der TK-Anlage: %1</translation>
    </message>
</context>
<context>
    <name>PbxModePage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_mode.py" line="+16"/>
        <source>PBX and delivery mode</source>
        <translation>TK-Anlage und Liefermodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which PBX is it, and how did it reach the customer?</source>
        <translation>Um welche TK-Anlage handelt es sich, und wie kam sie zum Kunden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PBX model</source>
        <translation>Modell der TK-Anlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OXO &amp;Connect</source>
        <translation>OXO &amp;Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OXO Connect &amp;Evolution</source>
        <translation>OXO Connect &amp;Evolution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery mode</source>
        <translation>Liefermodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stock</source>
        <translation>St&amp;ock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock mode</source>
        <translation>Stock-Modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX comes from your fleet with generic software: you type its fleet and installation references, and nothing needs configuring on the PBX.</source>
        <translation>Die TK-Anlage stammt aus Ihrer Flotte mit generischer Software: Sie geben ihre Flotten- und Installationsreferenz ein, und an der TK-Anlage ist nichts zu konfigurieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;TCO (Build To Customer Order)</source>
        <translation>B&amp;TCO (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BTCO (Build To Customer Order) mode</source>
        <translation>BTCO-Modus (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX was built to order: Rainbow generates its equipment id and activation code, which you then enter in OMC (Expert View &gt; Cloud &gt; Rainbow).</source>
        <translation>Die TK-Anlage wurde auftragsbezogen gefertigt: Rainbow erzeugt ihre Geräte-ID und ihren Aktivierungscode, die Sie dann in OMC eingeben (Expert View &gt; Cloud &gt; Rainbow).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BTCO is not available for OXO Connect Evolution: use stock mode.</source>
        <translation>BTCO ist für OXO Connect Evolution nicht verfügbar: Verwenden Sie den Stock-Modus.</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx.py" line="+45"/>
        <source>PBX on Rainbow</source>
        <translation>TK-Anlage auf Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the PBX is named on Rainbow, and whether the WebRTC gateway is wanted.</source>
        <translation>Wie die TK-Anlage auf Rainbow heißt und ob das WebRTC-Gateway gewünscht ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PBX</source>
        <translation>TK-Anlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX&apos;s name in the Rainbow portal, as the customer will see it.</source>
        <translation>Der Name der TK-Anlage im Rainbow-Portal, wie der Kunde ihn sehen wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server name:</source>
        <translation>Server&amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server name problem</source>
        <translation>Problem mit dem Servernamen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway</source>
        <translation>WebRTC-Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;WebRTC gateway is wanted</source>
        <translation>Das WebRTC-&amp;Gateway ist gewünscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebRTC gateway is wanted</source>
        <translation>Das WebRTC-Gateway ist gewünscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway lets Rainbow users call through this PBX from a browser or the Rainbow application. It is activated in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is accepted; this program records the choice and puts that step in the report. It can also be done later.</source>
        <translation>Über das Gateway telefonieren Rainbow-Benutzer aus einem Browser oder der Rainbow-Anwendung über diese TK-Anlage. Es wird im Rainbow-Verwaltungsportal aktiviert (Customer companies &gt; das Unternehmen &gt; Communication &gt; Comm. Servers &gt; der Server), wo auch seine Lizenzvereinbarung akzeptiert wird; dieses Programm hält die Entscheidung fest und nimmt den Schritt in den Bericht auf. Das geht auch später.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choice recorded on %1 UTC. Activate the gateway in the Rainbow admin portal.</source>
        <translation>Entscheidung festgehalten am %1 UTC. Aktivieren Sie das Gateway im Rainbow-Verwaltungsportal.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>e.g. %1 OXO</source>
        <translation>z. B. %1 OXO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Head office OXO</source>
        <translation>z. B. Zentrale OXO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (declared on Rainbow as type oxo)</source>
        <translation>%1 (auf Rainbow mit dem Typ oxo registriert)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>Der Servername darf nicht leer sein: Benennen Sie die TK-Anlage wie auf Rainbow.</translation>
    </message>
</context>
<context>
    <name>PbxWords</name>
    <message>
        <location filename="../installer_app/ui/support/pbx_words.py" line="+16"/>
        <source>%1 (this program&apos;s reading)</source>
        <extracomment>%1 is a PBX link state this program reads, e.g. &quot;Connecting&quot;; OMC does not show it.</extracomment>
        <translation>%1 (Lesart dieses Programms)</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../installer_app/domain/portal.py" line="+25"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;).</source>
        <translation>Im Rainbow-Verwaltungsportal steht diese TK-Anlage unter Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in der Geräteliste (equipment list) als %2 (Server type &quot;OXO Connect&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;). Its Connection tab, &quot;Specify equipment ID and activation code&quot;, holds the joined fleet and installation references.</source>
        <translation>Im Rainbow-Verwaltungsportal steht diese TK-Anlage unter Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in der Geräteliste (equipment list) als %2 (Server type &quot;OXO Connect&quot;). Ihre Registerkarte Connection, &quot;Specify equipment ID and activation code&quot;, enthält die verbundenen Flotten- und Installationsreferenzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WebRTC gateway: chosen, but not activated by this program (no public Rainbow interface activates it). In the Rainbow admin portal open Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, activate the WebRTC gateway there and accept its licence agreement.</source>
        <translation>WebRTC-Gateway: gewünscht, aber nicht von diesem Programm aktiviert (keine öffentliche Rainbow-Schnittstelle aktiviert es). Öffnen Sie im Rainbow-Verwaltungsportal Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, aktivieren Sie dort das WebRTC-Gateway und akzeptieren Sie seine Lizenzvereinbarung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation number %3: not sent to Rainbow (no public API field is known for it). Enter it in the Rainbow admin portal: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</source>
        <translation>Anlagenrufnummer %3: nicht an Rainbow gesendet (dafür ist kein öffentliches API-Feld bekannt). Tragen Sie sie im Rainbow-Verwaltungsportal ein: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once the PBX is activated, Rainbow no longer returns its activation code: it cannot be read back. To get a new code, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): the PBX disconnects from Rainbow until the new code is entered in OMC.</source>
        <translation>Sobald die TK-Anlage aktiviert ist, liefert Rainbow ihren Aktivierungscode nicht mehr: Er lässt sich nicht mehr auslesen. Für einen neuen Code verwenden Sie &quot;Reset connection&quot; im Rainbow-Verwaltungsportal (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): Die TK-Anlage ist dann von Rainbow getrennt, bis der neue Code in OMC eingegeben ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent to Rainbow: no public API field is known for it. Enter it in the Rainbow admin portal&apos;s &quot;Dialing information&quot; of this server; the report reminds you.</source>
        <translation>Nicht an Rainbow gesendet: Dafür ist kein öffentliches API-Feld bekannt. Tragen Sie sie im Rainbow-Verwaltungsportal unter &quot;Dialing information&quot; dieses Servers ein; der Bericht erinnert Sie daran.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This program cannot activate the gateway: no public Rainbow interface does. Your choice is recorded and shown in the report; activate the gateway in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is shown for you to accept.</source>
        <translation>Dieses Programm kann das Gateway nicht aktivieren: Keine öffentliche Rainbow-Schnittstelle tut das. Ihre Entscheidung wird festgehalten und im Bericht gezeigt; aktivieren Sie das Gateway im Rainbow-Verwaltungsportal (Customer companies &gt; das Unternehmen &gt; Communication &gt; Comm. Servers &gt; der Server), wo Ihnen seine Lizenzvereinbarung zur Annahme angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../installer_app/ui/widgets/preflight_panel.py" line="+71"/>
        <source>Chec&amp;k before declaring</source>
        <translation>Vor dem Registrieren prü&amp;fen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check before declaring</source>
        <translation>Vor dem Registrieren prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Rainbow, without changing anything, whether the declaration would go through.</source>
        <translation>Rainbow fragen, ohne etwas zu ändern, ob die Registrierung gelingen würde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the &amp;request</source>
        <translation>A&amp;nfrage anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request the declaration would send</source>
        <translation>Die Anfrage, die die Registrierung senden würde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the declaration would send to Rainbow, secrets masked:</source>
        <translation>Was die Registrierung an Rainbow senden würde, Geheimnisse maskiert:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complete the installation to check it.</source>
        <translation>Vervollständigen Sie die Installation, um sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Rainbow to check.</source>
        <translation>Melden Sie sich bei Rainbow an, um zu prüfen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking Rainbow (nothing is changed)…</source>
        <translation>Rainbow wird gefragt (nichts wird geändert)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX on Rainbow</source>
        <translation>TK-Anlage auf Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Wählregeln</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The declaration would go through.</source>
        <translation>Die Registrierung würde gelingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The declaration would not go through: see the problems below.</source>
        <translation>Die Registrierung würde nicht gelingen: siehe die Probleme unten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is already declared for this company: nothing would be sent.</source>
        <translation>Die TK-Anlage ist für dieses Unternehmen bereits registriert: Es würde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>RainbowAccountForm</name>
    <message>
        <location filename="../installer_app/ui/widgets/rainbow_account_form.py" line="+56"/>
        <source>Rainbow server in use</source>
        <translation>Verwendeter Rainbow-Server</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo account of the embedded sandbox: its login, password and application are filled in. Nothing you do here reaches the real Rainbow.</source>
        <translation>Demokonto der eingebauten Sandbox: Anmeldename, Kennwort und Anwendung sind ausgefüllt. Nichts, was Sie hier tun, erreicht das echte Rainbow.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rainbow server problem</source>
        <translation>Problem mit dem Rainbow-Server</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo account of the embedded sandbox: you changed its login or password. &lt;a href=&quot;#demo&quot;&gt;Fill in the demo account again&lt;/a&gt;.</source>
        <translation>Demokonto der eingebauten Sandbox: Sie haben Anmeldename oder Kennwort geändert. &lt;a href=&quot;#demo&quot;&gt;Demokonto erneut ausfüllen&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rainbow admin account</source>
        <translation>Rainbow-Administratorkonto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow login (e-mail)</source>
        <translation>Rainbow-Anmeldename (E-Mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login problem</source>
        <translation>Problem mit dem Anmeldenamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow password</source>
        <translation>Rainbow-Kennwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password problem</source>
        <translation>Problem mit dem Kennwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password and application secret are kept in the operating system&apos;s keyring (never in a file), for this server and login.</source>
        <translation>Kennwort und Anwendungsgeheimnis werden im Schlüsselbund des Betriebssystems aufbewahrt (nie in einer Datei), für diesen Server und Anmeldenamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyring problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session &amp;only</source>
        <translation>&amp;Nur für diese Sitzung merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Nur für diese Sitzung merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in memory until the program closes, never written anywhere: type the password again at the next start.</source>
        <translation>Bleibt bis zum Beenden des Programms im Speicher und wird nirgends geschrieben: Geben Sie das Kennwort beim nächsten Start erneut ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Login (e-mail):</source>
        <translation>&amp;Anmeldename (E-Mail):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;dvanced: Rainbow application</source>
        <translation>Erweitert: Rainbow-Anwen&amp;dung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your account signs in through a Rainbow application (developers.openrainbow.com &gt; My applications). Otherwise leave both empty.</source>
        <translation>Nur wenn sich Ihr Konto über eine Rainbow-Anwendung anmeldet (developers.openrainbow.com &gt; My applications). Andernfalls lassen Sie beide Felder leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application id</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application secret</source>
        <translation>Anwendungsgeheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application problem</source>
        <translation>Problem mit der Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application &amp;id:</source>
        <translation>Anwendungs-&amp;ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application s&amp;ecret:</source>
        <translation>Anwendungs&amp;geheimnis:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in</source>
        <translation>Anm&amp;elden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow</source>
        <translation>Bei Rainbow anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in result</source>
        <translation>Anmeldeergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring warning</source>
        <translation>Warnung zum Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Login: type the e-mail address of the admin account.</source>
        <translation>Anmeldename: Geben Sie die E-Mail-Adresse des Administratorkontos ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login: a Rainbow login is an e-mail address, e.g. name@partner.com.</source>
        <translation>Anmeldename: Ein Rainbow-Anmeldename ist eine E-Mail-Adresse, z. B. name@partner.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: type the password of this account.</source>
        <translation>Kennwort: Geben Sie das Kennwort dieses Kontos ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application: type both the application id and its secret, or neither.</source>
        <translation>Anwendung: Geben Sie Anwendungs-ID und Geheimnis ein, oder keines von beiden.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="+97"/>
        <location line="+1"/>
        <source>&amp;Handover report…</source>
        <translation>Ü&amp;bergabebericht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the handover report</source>
        <translation>Übergabebericht erstellen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report needs a complete installation:</source>
        <translation>Der Übergabebericht setzt eine vollständige Installation voraus:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report was saved to %1.</source>
        <translation>Der Übergabebericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the handover report</source>
        <translation>Übergabebericht speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover report</source>
        <translation>Übergabebericht</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../installer_app/ui/support/report_pdf.py" line="+77"/>
        <source>Handover report – %1</source>
        <translation>Übergabebericht – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No numbering rules: Rainbow&apos;s own analysis applies.</source>
        <translation>Keine Wählregeln: Es gilt die eigene Analyse von Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX receives</source>
        <translation>Die TK-Anlage erhält</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no example</source>
        <translation>kein Beispiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(rule %1 applies first)</source>
        <translation>(Regel %1 greift zuerst)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blocks)</source>
        <translation>(sperrt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No status change recorded yet.</source>
        <translation>Noch keine Statusänderung aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Rainbow</source>
        <translation>Rainbow</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+74"/>
        <source>PBX</source>
        <translation>TK-Anlage</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chosen: to activate in the Rainbow admin portal (see below)</source>
        <translation>gewünscht: im Rainbow-Verwaltungsportal zu aktivieren (siehe unten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen</source>
        <translation>nicht gewünscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not sent to Rainbow: enter it in the portal&apos;s Dialing information</source>
        <translation>nicht an Rainbow gesendet: in den Dialing information des Portals eintragen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known yet (generated by Rainbow at declaration)</source>
        <translation>noch nicht bekannt (wird von Rainbow bei der Registrierung erzeugt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(name not recorded)</source>
        <translation>(Name nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer company</source>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Liefermodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>WebRTC-Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Rainbow-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialing</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Nationales Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Internationales Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Amtskennziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Anlagenrufnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbering rules</source>
        <translation>Wählregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do in the Rainbow admin portal</source>
        <translation>Im Rainbow-Verwaltungsportal zu tun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PBX (OMC)</source>
        <translation>TK-Anlage (OMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow system</source>
        <translation>Rainbow-System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX configured</source>
        <translation>TK-Anlage konfiguriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified (Running and Connected)</source>
        <translation>Geprüft (Running und Connected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Handover report</source>
        <translation>Übergabebericht</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 on Rainbow, for %2.</source>
        <translation>%1 auf Rainbow, für %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="-112"/>
        <source>Handover report</source>
        <translation>Übergabebericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, as the customer knows you</source>
        <translation>Ihr Name, wie der Kunde Sie kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technician:</source>
        <translation>&amp;Techniker:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the activation code in the report</source>
        <translation>Aktivierungscode im Bericht &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the activation code in the report</source>
        <translation>Aktivierungscode im Bericht anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masked by default: the report is usually handed to the customer.</source>
        <translation>Standardmäßig verborgen: Der Bericht wird meist dem Kunden übergeben.</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../installer_app/ui/widgets/rule_tester.py" line="+39"/>
        <source>Tester</source>
        <extracomment>Longest number the tester accepts.</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number to test</source>
        <translation>Zu testende Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number as a Rainbow user dials it (up to %1 characters)</source>
        <translation>Eine Nummer, wie ein Rainbow-Benutzer sie wählt (bis zu %1 Zeichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test a number:</source>
        <translation>Nummer &amp;testen:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a number to see what the PBX receives.</source>
        <translation>Geben Sie eine Nummer ein, um zu sehen, was die TK-Anlage erhält.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule %1 matched → blocked: the call is not placed.</source>
        <translation>Regel %1 greift → gesperrt: Der Anruf wird nicht aufgebaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 matched → %2</source>
        <translation>Regel %1 greift → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rule matched: default analysis → %1</source>
        <translation>Keine Regel greift: Standardanalyse → %1</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../installer_app/ui/widgets/rules_table.py" line="+46"/>
        <source>Pattern</source>
        <extracomment>Which column shows which Rainbow field.</extracomment>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/settings_dialog.py" line="+74"/>
        <source>Settings</source>
        <extracomment>QSettings key: path of the custom CA bundle (PEM); absent when none. QSettings key of the interface language (shared with the &quot;Language…&quot; entry); next start.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear copied activation codes from the clipboard after 60 s</source>
        <translation>Kopierte Aktivierungscodes nach 60 s aus der Zwischenablage &amp;löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear copied activation codes from the clipboard after 60 seconds</source>
        <translation>Kopierte Aktivierungscodes nach 60 Sekunden aus der Zwischenablage löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the clipboard still holds the code: anything copied since stays.</source>
        <translation>Nur wenn die Zwischenablage den Code noch enthält: Alles seitdem Kopierte bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only on networks whose proxy or antivirus inspects TLS: the PEM file of its CA certificate (ask the network administrator). It is trusted in addition to the usual authorities, from the next sign-in.</source>
        <translation>Nur in Netzwerken, deren Proxy oder Virenschutz TLS prüft: die PEM-Datei seines CA-Zertifikats (beim Netzwerkadministrator erfragen). Ihr wird ab der nächsten Anmeldung zusätzlich zu den üblichen Zertifizierungsstellen vertraut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom CA bundle file</source>
        <translation>Eigene CA-Bundle-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the usual authorities only</source>
        <translation>Keine: nur die üblichen Zertifizierungsstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA bundle file</source>
        <translation>CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA bundle problem</source>
        <translation>Problem mit dem CA-Bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;CA bundle (PEM):</source>
        <translation>Eigenes &amp;CA-Bundle (PEM):</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies the next time the program starts.</source>
        <translation>Gilt ab dem nächsten Programmstart.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CA certificate of the proxy</source>
        <translation>CA-Zertifikat des Proxys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../installer_app/ui/pages/sign_in.py" line="+67"/>
        <source>Sign in to Rainbow</source>
        <extracomment>QSettings keys (followed by the server address, percent-encoded): non-secret values only.</extracomment>
        <translation>Bei Rainbow anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the business-partner admin account that manages the customer company.</source>
        <translation>Verwenden Sie das Administratorkonto des Business Partners, der das Kundenunternehmen verwaltet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rainbow server in use: %1</source>
        <translation>Verwendeter Rainbow-Server: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing in to Rainbow: wait, or press Cancel.</source>
        <translation>Anmeldung bei Rainbow: Warten Sie oder drücken Sie Abbrechen.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Password taken from the environment (INSTALLER_APP_PASSWORD).</source>
        <translation>Kennwort aus der Umgebung übernommen (INSTALLER_APP_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password filled in from the system keyring.</source>
        <translation>Kennwort aus dem Schlüsselbund des Systems ausgefüllt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick &quot;Remember for this session only&quot; to keep the password in memory until the program closes; it is never written to a file.</source>
        <translation>Kreuzen Sie „Nur für diese Sitzung merken“ an, um das Kennwort bis zum Beenden des Programms im Speicher zu behalten; es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring cannot be used on this computer.</source>
        <translation>Der Schlüsselbund des Systems kann auf diesem Computer nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remembered for this session only, in memory: never written anywhere.</source>
        <translation>Nur für diese Sitzung im Speicher gemerkt: wird nirgends geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out: the account changed. Press Sign in again.</source>
        <translation>Abgemeldet: Das Konto hat sich geändert. Drücken Sie erneut Anmelden.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in failed unexpectedly: %1</source>
        <translation>Die Anmeldung ist unerwartet fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address; the details are in the log.</source>
        <translation>Prüfen Sie die Serveradresse; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
</context>
<context>
    <name>SiteChooser</name>
    <message>
        <location filename="../installer_app/ui/widgets/site_chooser.py" line="+65"/>
        <source>Site problem</source>
        <translation>Problem mit dem Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;y again</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the sites again</source>
        <translation>Standorte erneut lesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site of the PBX</source>
        <translation>Standort der TK-Anlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;te:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cre&amp;ate a site named:</source>
        <translation>Standort anle&amp;gen mit Namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a site</source>
        <translation>Standort anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the site to create</source>
        <translation>Name des anzulegenden Standorts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the sites of %1…</source>
        <translation>Standorte von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site: %1 (the company&apos;s only site, chosen automatically).</source>
        <translation>Standort: %1 (einziger Standort des Unternehmens, automatisch gewählt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the site…</source>
        <translation>Standort wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has %2 sites: choose the one the PBX belongs to.</source>
        <translation>%1 hat %2 Standorte: Wählen Sie den, zu dem die TK-Anlage gehört.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no site on Rainbow yet, and a PBX must belong to a site. The site is created when the PBX is declared.</source>
        <translation>%1 hat noch keinen Standort auf Rainbow, eine TK-Anlage muss aber zu einem Standort gehören. Der Standort wird bei der Registrierung der TK-Anlage angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sites of %1 could not be read.</source>
        <translation>Die Standorte von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wait: the sites of %1 are being read.</source>
        <translation>Warten Sie: Die Standorte von %1 werden gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sites of %1 could not be read: press Try again.</source>
        <translation>Die Standorte von %1 konnten nicht gelesen werden: Drücken Sie Erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: choose the site of %1 the PBX belongs to.</source>
        <translation>Standort: Wählen Sie den Standort von %1, zu dem die TK-Anlage gehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site: %1 has no site; tick &apos;Create a site named&apos; or create one in the Rainbow admin portal (Customer companies &gt; %1).</source>
        <translation>Standort: %1 hat keinen Standort; kreuzen Sie „Standort anlegen mit Namen“ an oder legen Sie einen im Rainbow-Verwaltungsportal an (Customer companies &gt; %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: type the name of the site to create.</source>
        <translation>Standort: Geben Sie den Namen des anzulegenden Standorts ein.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../installer_app/ui/pages/start.py" line="+34"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associate an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow.</source>
        <translation>Ordnen Sie eine TK-Anlage OXO Connect oder OXO Connect Evolution einem Kundenunternehmen auf Rainbow zu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do you want to do?</source>
        <extracomment>Asks for a protected file&apos;s passphrase; tests replace it.</extracomment>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w installation</source>
        <translation>&amp;Neue Installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New installation</source>
        <translation>Neue Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an installation file…</source>
        <translation>Installationsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Open an installation file</source>
        <translation>Installationsdatei öffnen</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Prepare o&amp;ffline (no Rainbow sign-in now)</source>
        <translation>&amp;Offline vorbereiten (jetzt ohne Anmeldung bei Rainbow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare offline</source>
        <translation>Offline vorbereiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Rainbow-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedded sandbox (training)</source>
        <translation>Eingebaute Sandbox (Schulung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (openrainbow.com)</source>
        <translation>Produktion (openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rainbow sandbox (sandbox.openrainbow.com)</source>
        <translation>Rainbow-Sandbox (sandbox.openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address…</source>
        <translation>Eigene Adresse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom Rainbow server address</source>
        <translation>Eigene Adresse des Rainbow-Servers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the Rainbow server&apos;s address, starting with https://.</source>
        <translation>Geben Sie die Adresse des Rainbow-Servers ein, beginnend mit https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow server in use: %1</source>
        <translation>Verwendeter Rainbow-Server: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OMC &quot;Domain name&quot; for this server: %1 (inferred from its address: only openrainbow.com is documented).</source>
        <translation>OMC-&quot;Domain name&quot; für diesen Server: %1 (aus seiner Adresse abgeleitet: dokumentiert ist nur openrainbow.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OMC &quot;Domain name&quot; for this server: %1.</source>
        <translation>OMC-&quot;Domain name&quot; für diesen Server: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Protected installation file</source>
        <translation>Geschützte Installationsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase protecting %1:</source>
        <translation>Passphrase zum Schutz von %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installation files (*.json);;All files (*)</source>
        <translation>Installationsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the installation file</source>
        <translation>Die Installationsdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../installer_app/ui/pages/base.py" line="+54"/>
        <source>Why Next is disabled</source>
        <extracomment>The focus of a check box or a radio button, plain to see: the style&apos;s dotted rectangle around the text alone was too faint. A transparent border keeps the size when the focus moves.</extracomment>
        <translation>Warum Weiter deaktiviert ist</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../installer_app/ui/pages/summary.py" line="+44"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything once more. Each part links back to its page.</source>
        <translation>Prüfen Sie alles noch einmal. Jeder Teil verweist auf seine Seite.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save installation file…</source>
        <extracomment>Every Change button, top to bottom (two rows may lead to one step).</extracomment>
        <translation>Installationsdatei spei&amp;chern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Save installation file</source>
        <translation>Installationsdatei speichern</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Protect the equipment id and activation code with a passphrase</source>
        <translation>Geräte-ID und Aktivierungscode mit einer &amp;Passphrase schützen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Declare on Rainbow</source>
        <translation>Auf Rainbow &amp;registrieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change</source>
        <extracomment>Asks where to save, and a new passphrase; tests replace them.</extracomment>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Installation number: not given</source>
        <translation>Installationsnummer: nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number: %1 (not sent to Rainbow: enter it in the portal&apos;s &quot;Dialing information&quot;)</source>
        <translation>Installationsnummer: %1 (nicht an Rainbow gesendet: im Portal unter „Dialing information“ eingeben)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BTCO</source>
        <translation>BTCO</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Equipment id and activation code: %1</source>
        <translation>Geräte-ID und Aktivierungscode: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment id: %1 (activation code recorded)</source>
        <translation>Geräte-ID: %1 (Aktivierungscode gespeichert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated by Rainbow at declaration</source>
        <translation>Von Rainbow bei der Registrierung erzeugt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; national %2, international %3, outbound %4</source>
        <translation>%1; national %2, international %3, Amt %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(blocked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>none (Rainbow&apos;s default analysis)</source>
        <translation>keine (Standardanalyse von Rainbow)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Rainbow id %1)</source>
        <translation>(Rainbow-ID %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1, created at declaration</source>
        <translation>Standort: %1, wird bei der Deklaration angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: chosen at declaration</source>
        <translation>Standort: wird bei der Deklaration gewählt</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>WebRTC gateway wanted: to activate in the Rainbow admin portal</source>
        <translation>WebRTC-Gateway gewünscht: im Rainbow-Verwaltungsportal zu aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebRTC gateway not wanted</source>
        <translation>WebRTC-Gateway nicht gewünscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Rainbow-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX</source>
        <translation>TK-Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialing</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Wählregeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to do: save the installation file, then sign in and declare on Rainbow (from the office or on site), configure the PBX and check both statuses.</source>
        <translation>Noch zu tun: Installationsdatei speichern, dann bei Rainbow anmelden und die TK-Anlage dort registrieren (im Büro oder vor Ort), die TK-Anlage konfigurieren und beide Status prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already declared on Rainbow: declaring again reuses the same system.</source>
        <translation>Bereits auf Rainbow registriert: Eine erneute Registrierung verwendet dasselbe System.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: declare the PBX on Rainbow, then configure the PBX.</source>
        <translation>Als Nächstes: die TK-Anlage auf Rainbow registrieren, dann die TK-Anlage konfigurieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation files (*.json)</source>
        <translation>Installationsdateien (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The installation file cannot be saved yet:</source>
        <translation>Die Installationsdatei kann noch nicht gespeichert werden:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(protected by a passphrase)</source>
        <translation>(durch eine Passphrase geschützt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Protect the installation file</source>
        <translation>Installationsdatei schützen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Neue Passphrase (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ: nothing was saved.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation file</source>
        <translation>Installationsdatei</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../installer_app/ui/dialogs/errors.py" line="+35"/>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your input is kept; you can go on or save the installation file.</source>
        <translation>Es ist ein Fehler aufgetreten, den das Programm nicht erwartet hat. Ihre Eingaben bleiben erhalten; Sie können fortfahren oder die Installationsdatei speichern.</translation>
    </message>
</context>
<context>
    <name>UnrecordedCredentialsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/unrecorded_credentials.py" line="+34"/>
        <source>Copy the credentials now</source>
        <translation>Zugangsdaten jetzt kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2

Copy the equipment id and activation code now and enter them in OMC &gt; Cloud &gt; Rainbow. Then save the installation to a folder you may write to and declare again: the declaration is found and recorded.</source>
        <translation>Die TK-Anlage ist auf Rainbow registriert (System %1), aber die Installationsdatei kann nicht geschrieben werden: %2

Kopieren Sie jetzt die Geräte-ID und den Aktivierungscode und geben Sie sie in OMC &gt; Cloud &gt; Rainbow ein. Speichern Sie die Installation dann in einem Ordner, in den Sie schreiben dürfen, und registrieren Sie erneut: Die Registrierung wird gefunden und gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Equipment id (PABX-ID):</source>
        <translation>Geräte-ID (PABX-ID):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation code:</source>
        <translation>Aktivierungscode:</translation>
    </message>
</context>
</TS>
