<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/about.py" line="+68"/>
        <source>About %1</source>
        <extracomment>The freezing tool&apos;s licence, listed when running from the packaged build.</extracomment>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Program icon</source>
        <translation>Ícone do programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associates an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow, configures both sides and checks them until Rainbow shows the PBX Running and the PBX shows Connected.</source>
        <translation>Associa um PBX OXO Connect ou OXO Connect Evolution a uma empresa cliente no Rainbow, configura ambos os lados e verifica-os até o Rainbow mostrar o PBX Running e o PBX mostrar Connected.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Libraries included and their licences:</source>
        <translation>&amp;Bibliotecas incluídas e respetivas licenças:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libraries included and their licences</source>
        <translation>Bibliotecas incluídas e respetivas licenças</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, e.g. for support</source>
        <translation>Copiar as versões e licenças, p. ex. para o suporte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of libraries is not available in this installation.</source>
        <translation>A lista de bibliotecas não está disponível nesta instalação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;About…</source>
        <translation>&amp;Acerca de…</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/batch_dialog.py" line="+58"/>
        <source>Prepare installation files from a spreadsheet</source>
        <translation>Preparar ficheiros de instalação a partir de uma folha de cálculo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One installation file per row of a CSV file (columns company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; optional prefixes and installation_number). Nothing is written while a row is wrong.</source>
        <translation>Um ficheiro de instalação por linha de um ficheiro CSV (colunas company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; opcionais: os prefixos e installation_number). Nada é escrito enquanto uma linha tiver erros.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;CSV file:</source>
        <extracomment>Ask for files and folders; tests replace them.</extracomment>
        <translation>Ficheiro &amp;CSV:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>CSV file</source>
        <translation>Ficheiro CSV</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Output folder:</source>
        <translation>Pasta de &amp;destino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Output folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Numbering rules (optional):</source>
        <translation>Regras de &amp;numeração (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Numbering rules file</source>
        <translation>Ficheiro de regras de numeração</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Keep the valid rows even when others are wrong</source>
        <translation>&amp;Manter as linhas válidas mesmo que outras tenham erros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the valid rows</source>
        <translation>Manter as linhas válidas</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Problems and files written</source>
        <translation>Problemas e ficheiros escritos</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1, column %2: %3</source>
        <translation>Linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Procurar: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Folhas de cálculo (*.csv *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the CSV file and the output folder.</source>
        <translation>Escolha o ficheiro CSV e a pasta de destino.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing…</source>
        <translation>A preparar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was prepared:</source>
        <translation>Nada foi preparado:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 installation files written to %2.</source>
        <translation>%1 ficheiros de instalação escritos em %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files written to %2; the rows listed below were left out.</source>
        <translation>%1 ficheiros escritos em %2; as linhas indicadas abaixo foram deixadas de fora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to %2: correct the rows listed below and try again.</source>
        <translation>Nada foi escrito em %2: corrija as linhas indicadas abaixo e tente novamente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prepare a &amp;batch from CSV…</source>
        <translation>Preparar um lo&amp;te a partir de CSV…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../installer_app/ui/widgets/busy_indicator.py" line="+35"/>
        <source>Working</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running step</source>
        <translation>Cancelar o passo em curso</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../installer_app/ui/pages/company.py" line="+51"/>
        <source>Customer company</source>
        <extracomment>Milliseconds of quiet typing before the search is sent. Companies per page of results. [I] Rainbow ids look like 24 lowercase hexadecimal digits; only used to warn, never to block.</extracomment>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer company on Rainbow, and the site the PBX will belong to.</source>
        <translation>A empresa cliente no Rainbow e o local a que o PBX vai pertencer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Part of the company name, e.g. bou</source>
        <translation>Parte do nome da empresa, p. ex. bou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customer companies by name</source>
        <translation>Procurar empresas clientes pelo nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>Pro&amp;curar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;op</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company search problem</source>
        <translation>Problema na pesquisa de empresas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen company</source>
        <translation>Empresa escolhida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer company (offline: typed in)</source>
        <translation>Empresa cliente (offline: introduzida manualmente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline there is no search: copy the company&apos;s id and name from the Rainbow admin portal (Customer companies). The site is chosen when the PBX is declared.</source>
        <translation>Offline não há pesquisa: copie o ID e o nome da empresa a partir do portal de administração do Rainbow (Customer companies). O local é escolhido quando o PBX é registado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company id</source>
        <translation>ID da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id problem</source>
        <translation>Problema com o ID da empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;id:</source>
        <translation>&amp;ID da empresa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company n&amp;ame:</source>
        <translation>&amp;Nome da empresa:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Sem sessão iniciada no Rainbow.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back and sign in first.</source>
        <translation>Volte atrás e inicie sessão primeiro.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No customer company matches “%1”.</source>
        <translation>Nenhuma empresa cliente corresponde a «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type fewer letters, or check the spelling.</source>
        <translation>Escreva menos letras ou verifique a ortografia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your business partner has no customer company on Rainbow yet.</source>
        <translation>O seu Business Partner ainda não tem nenhuma empresa cliente no Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching customer companies…</source>
        <translation>A procurar empresas clientes…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No company chosen yet: search, then choose.</source>
        <translation>Ainda não escolheu nenhuma empresa: procure e depois escolha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 (Rainbow id %3)</source>
        <translation>%1 — %2 (ID Rainbow %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Rainbow id %2)</source>
        <translation>%1 (ID Rainbow %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Company id: Rainbow ids are 24 characters 0–9 and a–f; check that the whole id was copied.</source>
        <translation>ID da empresa: os ID do Rainbow têm 24 carateres 0–9 e a–f; verifique se o ID foi copiado por inteiro.</translation>
    </message>
</context>
<context>
    <name>CompanyResults</name>
    <message>
        <location filename="../installer_app/ui/widgets/company_results.py" line="+55"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer companies found</source>
        <translation>Empresas clientes encontradas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compan&amp;ies:</source>
        <translation>&amp;Empresas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ Página an&amp;terior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page of companies</source>
        <translation>Página anterior de empresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pa&amp;ge ▶</source>
        <translation>Página se&amp;guinte ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page of companies</source>
        <translation>Página seguinte de empresas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rainbow id: %1</source>
        <translation>ID Rainbow: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../installer_app/ui/widgets/copy_field.py" line="+63"/>
        <source>Copy</source>
        <extracomment>Setting (in the wizard&apos;s settings, see the Settings dialog): clear copied secrets; on by default.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="sources/country_names.py" line="+10"/>
        <source>Ascension Island</source>
        <translation>Ilha de Ascensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emirados Árabes Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afeganistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antígua e Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Arménia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antártida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Áustria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Austrália</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Alanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaijão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bósnia e Herzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladeche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burquina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Barém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>São Bartolomeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolívia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Países Baixos Caribenhos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Baamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Butão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Ilha Bouvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Bielorrússia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Ilhas dos Cocos (Keeling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo (Democratic Republic)</source>
        <translation>Congo-Kinshasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>República Centro-Africana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Congo-Brazzaville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suíça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d’Ivoire (Costa do Marfim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Ilhas Cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Camarões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colômbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Ilha do Natal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Chéquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Jibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Domínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Argélia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Equador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estónia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Sara Ocidental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritreia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Espanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Etiópia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Ilhas Falkland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronésia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Ilhas Faroé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>França</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Geórgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guiana Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Gronelândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gâmbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guiné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guiné Equatorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grécia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Ilhas Geórgia do Sul e Sandwich do Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guiné-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Ilhas Heard e McDonald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croácia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hungria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonésia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Ilha de Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Índia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Território Britânico do Oceano Índico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Iraque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Irão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Islândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Itália</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Jordânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Quénia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Quirguistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Camboja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Quiribáti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>São Cristóvão e Neves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Coreia do Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Coreia do Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Koweit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Ilhas Caimão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Cazaquistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>Santa Lúcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Listenstaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Letónia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Líbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marrocos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldávia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>São Martinho (Saint-Martin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagáscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Ilhas Marshall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macedónia do Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Mianmar (Birmânia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongólia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Ilhas Marianas do Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Monserrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Maurícia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Maláui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malásia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Moçambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namíbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nova Caledónia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Ilha Norfolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicarágua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Países Baixos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Noruega</translation>
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
        <translation>Niuê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nova Zelândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Omã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Polinésia Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Nova Guiné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Paquistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polónia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>São Pedro e Miquelão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Ilhas Pitcairn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine</source>
        <translation>Palestina</translation>
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
        <translation>Paraguai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Roménia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Sérvia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Rússia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arábia Saudita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Ilhas Salomão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seicheles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suécia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Santa Helena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Eslovénia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard e Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Eslováquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Serra Leoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>São Marinho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somália</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sudão do Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé e Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>São Martinho (Sint Maarten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Síria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Essuatíni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tristan da Cunha</source>
        <translation>Tristão da Cunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks and Caicos Islands</source>
        <translation>Ilhas Turcas e Caicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Chade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Territórios Austrais Franceses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Tailândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tajiquistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Toquelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turquemenistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunísia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trindade e Tobago</translation>
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
        <translation>Tanzânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ucrânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Ilhas Menores Afastadas dos EUA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Usbequistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican City</source>
        <translation>Cidade do Vaticano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>São Vicente e Granadinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, British</source>
        <translation>Ilhas Virgens Britânicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Ilhas Virgens dos EUA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Vietname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis and Futuna</source>
        <translation>Wallis e Futuna</translation>
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
        <translation>Iémen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Maiote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>África do Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zâmbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabué</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../installer_app/ui/pages/credentials.py" line="+52"/>
        <source>PBX credentials</source>
        <translation>Credenciais do PBX</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>References of the stock PBX</source>
        <translation>Referências do PBX de stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the references from the PBX&apos;s fleet list. A whole reference such as %1, pasted into either field, is split into both.</source>
        <translation>Escreva as referências da lista da frota do PBX. Uma referência completa como %1, colada em qualquer um dos campos, é dividida pelos dois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;leet reference:</source>
        <translation>Referência da &amp;frota:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fleet reference</source>
        <translation>Referência da frota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installation reference:</source>
        <translation>Referência da &amp;instalação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Referência da instalação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acce&amp;pt references that do not match the usual shape</source>
        <translation>Aceitar referências que não têm o formato &amp;habitual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept references that do not match the usual shape</source>
        <translation>Aceitar referências que não têm o formato habitual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only when the reference on the PBX&apos;s paperwork really differs from the usual shape; Rainbow must then know the PBX by exactly this reference.</source>
        <translation>Apenas quando a referência na documentação do PBX difere realmente do formato habitual; o Rainbow tem então de conhecer o PBX exatamente por esta referência.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 problem</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What Rainbow will store</source>
        <translation>O que o Rainbow vai guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id:</source>
        <translation>ID do equipamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Código de ativação:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once both references are valid</source>
        <translation>Mostrado quando ambas as referências forem válidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stock mode both are the two references joined by a dash. Nothing needs entering on the PBX: it connects with them by itself.</source>
        <translation>No modo stock, ambos são as duas referências unidas por um hífen. Não é preciso introduzir nada no PBX: liga-se com elas sozinho.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The fleet and installation references of the stock PBX.</source>
        <translation>As referências da frota e da instalação do PBX de stock.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dashboard.py" line="+54"/>
        <source>Dashboard</source>
        <extracomment>The diagnosis&apos; colour per severity, on a light and on a dark window (a high-contrast theme).</extracomment>
        <translation>Painel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides, live, until Rainbow shows Running and the PBX Connected.</source>
        <translation>Ambos os lados, em tempo real, até o Rainbow mostrar Running e o PBX Connected.</translation>
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
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels:</source>
        <translation>Canais:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC:</source>
        <translation>WebRTC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX (OMC: Cloud &gt; Rainbow)</source>
        <translation>PBX (OMC: Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection:</source>
        <translation>Ligação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow enabled:</source>
        <translation>Rainbow ativado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PABX-ID:</source>
        <translation>PABX-ID:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading both sides…</source>
        <translation>A ler ambos os lados…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Refresh now</source>
        <translation>A&amp;tualizar agora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of status changes</source>
        <translation>Cronologia das mudanças de estado</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Next refresh in under a second</source>
        <translation>Próxima atualização em menos de um segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next refresh in %1 s</source>
        <translation>Próxima atualização dentro de %1 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>Não é possível ler</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not signed in</source>
        <translation>Sem sessão iniciada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Não registado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read in OMC</source>
        <translation>Consultar no OMC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not active</source>
        <translation>não ativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As Rainbow reports it (hasMediaPillar)</source>
        <translation>Tal como o Rainbow o indica (hasMediaPillar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rainbow says: %1</source>
        <translation>O Rainbow indica: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../installer_app/ui/pages/declaration.py" line="+41"/>
        <source>Declaration on Rainbow</source>
        <translation>Registo no Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX is declared for the customer company. It is never declared twice.</source>
        <translation>O PBX é registado para a empresa cliente. Nunca é registado duas vezes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to Rainbow</source>
        <translation>Sessão iniciada no Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company and site</source>
        <translation>Empresa cliente e local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the PBX is not declared yet</source>
        <translation>A verificar que o PBX ainda não está registado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaring the PBX</source>
        <translation>A registar o PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the declaration back</source>
        <translation>A reler o registo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declaration in progress</source>
        <translation>Registo em curso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Declare again</source>
        <translation>Registar &amp;novamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take over this declaration…</source>
        <extracomment>Shown with the &quot;already declared&quot; message: takes that declaration over, once confirmed.</extracomment>
        <translation>&amp;Assumir este registo…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Equipment id (PABX-ID):</source>
        <extracomment>Asks whether to reuse an existing declaration; tests replace it.</extracomment>
        <translation>ID do equipamento (PABX-ID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Código de ativação:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by Rainbow: to copy into OMC</source>
        <translation>Gerados pelo Rainbow: para copiar para o OMC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next page shows where each value goes in OMC (Expert View &gt; Cloud &gt; Rainbow), with the same copy buttons. This program keeps both: in its draft until Finish, and in the installation file when there is one. If the activation code is ever lost, &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) makes a new one: the PBX stays disconnected until it is entered in OMC.</source>
        <translation>A página seguinte indica onde vai cada valor no OMC (Expert View &gt; Cloud &gt; Rainbow), com os mesmos botões de cópia. Este programa guarda ambos: no seu rascunho até clicar em Concluir, e no ficheiro de instalação, se existir. Se o código de ativação se perder, &quot;Reset connection&quot; no portal de administração do Rainbow (Customer companies &gt; a empresa &gt; Communication &gt; Comm. Servers &gt; o servidor) gera um novo: o PBX fica desligado até ser introduzido no OMC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored on Rainbow</source>
        <translation>Guardados no Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stock mode both are the fleet and installation references joined by a dash: nothing needs entering on the PBX.</source>
        <translation>No modo stock, ambos são as referências de frota e de instalação unidas por um hífen: não é preciso introduzir nada no PBX.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <source>Declared on Rainbow (system %1).</source>
        <translation>Registado no Rainbow (sistema %1).</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The declaration is in progress.</source>
        <translation>O registo está em curso.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Declaring…</source>
        <translation>A registar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. If the declaration had reached Rainbow, declaring again finds it: the PBX is never declared twice.</source>
        <translation>Cancelado. Se o registo já tinha chegado ao Rainbow, registar novamente encontra-o: o PBX nunca é registado duas vezes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found the declaration an interrupted attempt sent (system %1): it is used.</source>
        <translation>Foi encontrado o registo enviado por uma tentativa interrompida (sistema %1): é utilizado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PBX was already declared: the existing declaration is used.</source>
        <translation>Este PBX já estava registado: é utilizado o registo existente.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Take over the declaration</source>
        <translation>Assumir o registo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over the declaration found on Rainbow for this PBX? Do it only if you know it is this PBX&apos;s: its equipment id and activation code become this installation&apos;s.</source>
        <translation>Assumir o registo encontrado no Rainbow para este PBX? Faça-o apenas se souber que é o deste PBX: o seu identificador de equipamento e o seu código de ativação passam a ser os desta instalação.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already declared</source>
        <translation>Já registado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PBX is already declared for this company as &apos;%1&apos;. Use it?</source>
        <translation>Este PBX já está registado para esta empresa como «%1». Utilizá-lo?</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../installer_app/domain/diagnosis_texts.py" line="+21"/>
        <source>The PBX is connected to Rainbow and Rainbow shows Running.</source>
        <translation>O PBX está ligado ao Rainbow e o Rainbow mostra Running.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PBX is not declared on Rainbow, or its status on Rainbow cannot be read.</source>
        <translation>O PBX não está registado no Rainbow, ou não é possível ler o seu estado no Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare the PBX on Rainbow; if it is declared, check the connection to Rainbow and sign in again.</source>
        <translation>Registe o PBX no Rainbow; se já estiver registado, verifique a ligação ao Rainbow e volte a iniciar sessão.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The equipment id on Rainbow is not the joined fleet and installation references of this PBX.</source>
        <translation>O ID do equipamento no Rainbow não é a junção das referências da frota e da instalação deste PBX.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the joined fleet and installation references.</source>
        <translation>O &quot;Rainbow PABX-ID&quot; do PBX não é a junção das referências da frota e da instalação.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither Rainbow&apos;s equipment id nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; is the joined fleet and installation references.</source>
        <translation>Nem o ID do equipamento no Rainbow nem o &quot;Rainbow PABX-ID&quot; do PBX são a junção das referências da frota e da instalação.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the equipment id declared on Rainbow.</source>
        <translation>O &quot;Rainbow PABX-ID&quot; do PBX não é o ID do equipamento registado no Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the PBX: in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Corrija o PBX: no OMC, Expert View &gt; Cloud &gt; Rainbow, introduza &quot;Rainbow PABX-ID&quot; exatamente como o Rainbow o mostra, clique em Apply e confirme com Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The equipment id recorded in the installation is not the one declared on Rainbow.</source>
        <translation>O ID do equipamento guardado na instalação não é o registado no Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow&apos;s equipment id is the reference: fetch the credentials from Rainbow again and use that one.</source>
        <translation>O ID do equipamento do Rainbow é o que conta: obtenha novamente as credenciais do Rainbow e utilize esse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither the installation nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; holds the equipment id declared on Rainbow.</source>
        <translation>Nem a instalação nem o &quot;Rainbow PABX-ID&quot; do PBX contêm o ID do equipamento registado no Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch the credentials from Rainbow again, then in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Obtenha novamente as credenciais do Rainbow; depois, no OMC, Expert View &gt; Cloud &gt; Rainbow, introduza &quot;Rainbow PABX-ID&quot; exatamente como o Rainbow o mostra, clique em Apply e confirme com Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rainbow refused the PBX&apos;s connection: the activation code on the PBX does not match.</source>
        <translation>O Rainbow recusou a ligação do PBX: o código de ativação no PBX não corresponde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rainbow refused the PBX&apos;s connection: in stock mode the activation code is the joined fleet and installation references, and the PBX&apos;s do not match Rainbow&apos;s.</source>
        <translation>O Rainbow recusou a ligação do PBX: no modo stock, o código de ativação é a junção das referências da frota e da instalação, e as do PBX não correspondem às do Rainbow.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Nothing left to do: hand over the installation report. In OMC the &quot;Activation code&quot; field is now greyed out: the PBX has connected and received its login password, as expected.</source>
        <translation>Não há mais nada a fazer: entregue o relatório de instalação. No OMC o campo &quot;Activation code&quot; aparece agora a cinzento: o PBX ligou-se e recebeu a sua palavra-passe de início de sessão, como previsto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rainbow sent a status or a value this version of the program does not know, so the PBX&apos;s state cannot be told for sure; it is shown as Rainbow sent it.</source>
        <translation>O Rainbow enviou um estado ou um valor que esta versão do programa não conhece, pelo que o estado do PBX não pode ser determinado com certeza; é apresentado tal como o Rainbow o enviou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the PBX&apos;s status in the Rainbow admin portal, and send the diagnostics file to support so that the next version knows this value.</source>
        <translation>Verifique o estado do PBX no portal de administração do Rainbow e envie o ficheiro de diagnóstico ao suporte para que a próxima versão conheça este valor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix Rainbow: its equipment id must be the fleet reference, a dash, and the installation reference that identify this PBX in your fleet list. In the Rainbow admin portal: Customer companies &gt; the company &gt; Communication &gt; Comm. Servers, the server in the equipment list, Connection tab, &quot;Specify equipment ID and activation code&quot;.</source>
        <translation>Corrija o Rainbow: o ID do equipamento tem de ser a referência de frota, um hífen e a referência de instalação que identificam este PBX na lista da sua frota. No portal de administração do Rainbow: Customer companies &gt; a empresa &gt; Communication &gt; Comm. Servers, o servidor na lista de equipamentos (equipment list), separador Connection, &quot;Specify equipment ID and activation code&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check that the references are those that identify this PBX in your fleet list. If they are, fix the PBX: in OMC &gt; Cloud &gt; Rainbow correct &quot;Rainbow PABX-ID&quot;, Apply and confirm Yes.</source>
        <translation>Verifique se as referências são as que identificam este PBX na lista da sua frota. Se forem, corrija o PBX: em OMC &gt; Cloud &gt; Rainbow corrija &quot;Rainbow PABX-ID&quot;, clique em Apply e confirme com Yes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the references against your fleet list, then fix both sides: the equipment id on Rainbow, and &quot;Rainbow PABX-ID&quot; in OMC &gt; Cloud &gt; Rainbow (Apply, confirm Yes).</source>
        <translation>Verifique as referências na lista da sua frota e depois corrija os dois lados: o ID do equipamento no Rainbow e &quot;Rainbow PABX-ID&quot; em OMC &gt; Cloud &gt; Rainbow (Apply, confirme com Yes).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Re-enter the activation code in OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirm Yes). If it cannot be read back from Rainbow any more, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) and enter the new code: the PBX stays disconnected until then.</source>
        <translation>Volte a introduzir o código de ativação no OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirme com Yes). Se já não puder ser lido no Rainbow, use &quot;Reset connection&quot; no portal de administração do Rainbow (Customer companies &gt; a empresa &gt; Communication &gt; Comm. Servers &gt; o servidor) e introduza o novo código: até lá o PBX fica desligado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the references in your fleet list against Rainbow&apos;s equipment id; then re-enter the activation code in OMC, or reset the connection on Rainbow and use the new code.</source>
        <translation>Compare as referências da lista da sua frota com o ID do equipamento no Rainbow; depois volte a introduzir o código de ativação no OMC, ou reponha a ligação no Rainbow e use o novo código.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Rainbow is not enabled on the PBX.</source>
        <translation>O Rainbow não está ativado no PBX.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow: tick &quot;Rainbow enabled&quot;, enter &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;, Apply and confirm Yes.</source>
        <translation>No OMC, Expert View &gt; Cloud &gt; Rainbow: marque &quot;Rainbow enabled&quot;, introduza &quot;Rainbow PABX-ID&quot; e &quot;Activation code&quot;, clique em Apply e confirme com Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In stock mode Rainbow is enabled by default: in OMC, Expert View &gt; Cloud &gt; Rainbow, tick &quot;Rainbow enabled&quot; again, Apply and confirm Yes.</source>
        <translation>No modo stock, o Rainbow está ativado por predefinição: no OMC, Expert View &gt; Cloud &gt; Rainbow, volte a marcar &quot;Rainbow enabled&quot;, clique em Apply e confirme com Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activation code is entered on the PBX.</source>
        <translation>Não há nenhum código de ativação introduzido no PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Activation code&quot; exactly as Rainbow gave it, Apply and confirm Yes.</source>
        <translation>No OMC, Expert View &gt; Cloud &gt; Rainbow, introduza &quot;Activation code&quot; exatamente como o Rainbow o forneceu, clique em Apply e confirme com Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Rainbow is waiting for the PBX&apos;s first connection; the PBX side is not done yet.</source>
        <translation>O Rainbow aguarda a primeira ligação do PBX; o lado do PBX ainda não está concluído.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Follow the OMC checklist and confirm each step.</source>
        <translation>Siga a lista de verificação do OMC e confirme cada passo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is configured on a stock PBX: make sure it is powered, cabled and allowed out on TCP 443, then confirm the checklist.</source>
        <translation>Num PBX de stock não se configura nada: certifique-se de que está ligado à corrente, cablado e autorizado a sair em TCP 443 e depois confirme a lista de verificação.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>O Rainbow não está ativado no PBX, ou o PBX não consegue sair em TCP 443 (firewall ou proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in OMC &gt; Cloud &gt; Rainbow that &quot;Rainbow enabled&quot; is ticked with the right &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;; check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io, and the web proxy in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</source>
        <translation>Verifique em OMC &gt; Cloud &gt; Rainbow se &quot;Rainbow enabled&quot; está marcado com o &quot;Rainbow PABX-ID&quot; e o &quot;Activation code&quot; corretos; verifique se a firewall deixa o PBX sair em TCP 443 para openrainbow.com, *.openrainbow.com e openrainbow.io, bem como o proxy web no OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rainbow is enabled on the PBX but it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>O Rainbow está ativado no PBX, mas o PBX não consegue sair em TCP 443 (firewall ou proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io; if the site uses a web proxy, set it in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) and make sure it lets WSS through.</source>
        <translation>Verifique se a firewall deixa o PBX sair em TCP 443 para openrainbow.com, *.openrainbow.com e openrainbow.io; se o local utilizar um proxy web, configure-o no OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) e certifique-se de que deixa passar WSS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PBX is connecting to Rainbow.</source>
        <translation>O PBX está a ligar-se ao Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: Rainbow shows Running once it accepts the connection.</source>
        <translation>Aguarde: o Rainbow mostra Running assim que aceitar a ligação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX reports Connected but Rainbow does not show it yet.</source>
        <translation>O PBX indica Connected, mas o Rainbow ainda não o mostra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for Rainbow&apos;s next status reading. A greyed-out &quot;Activation code&quot; in OMC is expected: the PBX has connected and received its login password.</source>
        <translation>Aguarde pela próxima leitura do estado no Rainbow. Um &quot;Activation code&quot; a cinzento no OMC é normal: o PBX ligou-se e recebeu a sua palavra-passe de início de sessão.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link between the PBX and Rainbow was lost; the PBX reconnects by itself.</source>
        <translation>A ligação entre o PBX e o Rainbow perdeu-se; o PBX volta a ligar-se sozinho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Wait a few minutes. If it does not come back, check the site&apos;s internet access and that the firewall and web proxy still let the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Aguarde alguns minutos. Se a ligação não voltar, verifique o acesso à internet do local e se a firewall e o proxy web continuam a deixar o PBX sair em TCP 443 para openrainbow.com, *.openrainbow.com e openrainbow.io.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rainbow shows the PBX activated but not connected now: its link was lost, or it is being restored.</source>
        <translation>O Rainbow mostra o PBX ativado, mas neste momento não ligado: a ligação perdeu-se ou está a ser restabelecida.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PBX is reconnecting to Rainbow after losing its link.</source>
        <translation>O PBX está a voltar a ligar-se ao Rainbow depois de perder a ligação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; if it is not back within a few minutes, check the network (TCP 443, web proxy).</source>
        <translation>Aguarde; se não voltar dentro de alguns minutos, verifique a rede (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is connected to Rainbow but one of its channels is down (Rainbow shows Degraded).</source>
        <translation>O PBX está ligado ao Rainbow, mas um dos seus canais está em baixo (o Rainbow mostra Degraded).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is often short-lived: wait a few minutes. If it lasts, check the network between the PBX and Rainbow (TCP 443, web proxy).</source>
        <translation>Costuma ser passageiro: aguarde alguns minutos. Se persistir, verifique a rede entre o PBX e o Rainbow (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow shows the PBX connected but the PBX reports another state: the two readings were not taken at the same moment.</source>
        <translation>O Rainbow mostra o PBX ligado, mas o PBX indica outro estado: as duas leituras não foram feitas no mesmo momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for the next readings; if they keep disagreeing, look at the PBX&apos;s Cloud &gt; Rainbow page in OMC.</source>
        <translation>Aguarde pelas próximas leituras; se continuarem a não coincidir, consulte a página Cloud &gt; Rainbow do PBX no OMC.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/diagnostics_dialog.py" line="+72"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks the connection from this computer to %1, port %2.</source>
        <translation>Verifica a ligação deste computador a %1, porta %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network check steps</source>
        <translation>Passos da verificação da rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check the network</source>
        <translation>&amp;Verificar a rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network to Rainbow</source>
        <translation>Verificar a rede até ao Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ancel check</source>
        <translation>C&amp;ancelar a verificação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics result</source>
        <translation>Resultado do diagnóstico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Guardar o diagnóstico…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a diagnostics file for support</source>
        <translation>Guardar um ficheiro de diagnóstico para o suporte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every step passed.</source>
        <translation>Todos os passos foram bem-sucedidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried</source>
        <translation>Não testado</translation>
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
        <translation>A verificar a rede…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save diagnostics</source>
        <translation>Guardar o diagnóstico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>Ficheiros zip (*.zip)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diagnostics saved to %1. Send this file to support.</source>
        <translation>Diagnóstico guardado em %1. Envie este ficheiro ao suporte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
</context>
<context>
    <name>DialingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dialing.py" line="+41"/>
        <source>Dialing</source>
        <translation>Marcação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Rainbow turns the numbers users dial into canonical (E.164) numbers: the portal&apos;s &quot;Dialing information&quot;.</source>
        <translation>Como o Rainbow converte os números que os utilizadores marcam em números canónicos (E.164): as &quot;Dialing information&quot; do portal.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 problem</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and prefixes</source>
        <translation>País e prefixos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name</source>
        <translation>Escreva parte do nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country problem</source>
        <translation>Problema com o país</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the country comes from</source>
        <translation>De onde vem o país</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>National prefix</source>
        <translation>Prefixo nacional</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>N&amp;ational prefix:</source>
        <translation>Prefixo na&amp;cional:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>International prefix</source>
        <translation>Prefixo internacional</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>In&amp;ternational prefix:</source>
        <translation>Prefixo in&amp;ternacional:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+156"/>
        <source>Outbound prefix</source>
        <translation>Prefixo de saída</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Use the outbound prefix</source>
        <translation>&amp;Utilizar o prefixo de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Utilizar o prefixo de saída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digits the PBX needs before an external number, often 0.</source>
        <translation>Os dígitos de que o PBX precisa antes de um número externo, muitas vezes 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Outbound prefix:</source>
        <translation>Prefixo de saí&amp;da:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Installation number</source>
        <translation>Número da instalação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s main number</source>
        <translation>O número principal do cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number problem</source>
        <translation>Problema com o número da instalação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Installation number:</source>
        <translation>Número da &amp;instalação:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number as a Rainbow user dials it</source>
        <translation>Número tal como um utilizador do Rainbow o marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number to see its canonical form</source>
        <translation>Escreva um número para ver a sua forma canónica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number as a Rainbow user &amp;dials it:</source>
        <translation>Número tal como um utilizador do Rainbow o ma&amp;rca:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canonical form</source>
        <translation>Forma canónica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of number</source>
        <translation>Tipo de número</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canonical form:</source>
        <translation>Forma canónica:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Installation number must contain digits only (0-9), optionally after a leading +.</source>
        <translation>O número da instalação só pode conter dígitos (0-9), opcionalmente depois de um + inicial.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the customer company&apos;s country on Rainbow.</source>
        <translation>Do país da empresa cliente no Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the site&apos;s country on Rainbow.</source>
        <translation>Do país do local no Rainbow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this computer&apos;s region: Rainbow gives no country for the customer.</source>
        <translation>Da região deste computador: o Rainbow não indica nenhum país para o cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A default: neither Rainbow nor this computer names a country.</source>
        <translation>Um valor predefinido: nem o Rainbow nem este computador indicam um país.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Country: “%1” is not in the list; type part of the name and choose it.</source>
        <translation>País: «%1» não está na lista; escreva parte do nome e escolha-o.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country: choose the installation&apos;s country.</source>
        <translation>País: escolha o país da instalação.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1: apenas dígitos (0-9).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbound prefix: type it, or untick “Use the outbound prefix”.</source>
        <translation>Prefixo de saída: escreva-o ou desmarque «Utilizar o prefixo de saída».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number as a Rainbow user would dial it, e.g. a national number.</source>
        <translation>Escreva um número tal como um utilizador do Rainbow o marcaria, p. ex. um número nacional.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>International number</source>
        <translation>Número internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Número nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number</source>
        <translation>Número interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid number</source>
        <translation>Número inválido</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../installer_app/ui/support/domain_text.py" line="+65"/>
        <source>BTCO is not available for OXO Connect Evolution: choose stock mode.</source>
        <translation>O BTCO não está disponível para o OXO Connect Evolution: escolha o modo stock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the customer company&apos;s Rainbow id.</source>
        <translation>Escreva o ID Rainbow da empresa cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer company.</source>
        <translation>Escolha a empresa cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>O nome do servidor não pode estar vazio: dê ao PBX o nome que tem no Rainbow.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Sign in with the business partner&apos;s admin account.</source>
        <extracomment>Whole messages and terms (field labels, shapes) put into templates.</extracomment>
        <translation>Inicie sessão com a conta de administrador do Business Partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure keyring is available on this computer to remember the password.</source>
        <translation>Não há nenhum porta-chaves seguro disponível neste computador para memorizar a palavra-passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked, so the saved Rainbow password cannot be used.</source>
        <translation>O porta-chaves do sistema está bloqueado, pelo que a palavra-passe do Rainbow memorizada não pode ser utilizada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused to store the Rainbow password.</source>
        <translation>O porta-chaves recusou guardar a palavra-passe do Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password at each sign-in, or install/unlock the system keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet).</source>
        <translation>Escreva a palavra-passe em cada início de sessão, ou instale/desbloqueie o porta-chaves do sistema (Gestor de Credenciais do Windows, Porta-chaves do macOS, GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock the keyring (log in to the desktop session) and try again, or type the password.</source>
        <translation>Desbloqueie o porta-chaves (inicie a sessão do ambiente de trabalho) e tente novamente, ou escreva a palavra-passe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record the WebRTC gateway choice, or untick the gateway.</source>
        <translation>Registe a escolha do gateway WebRTC, ou desmarque o gateway.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the country of the installation.</source>
        <translation>Escolha o país da instalação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix: type it, or untick &apos;Use the outbound prefix&apos;.</source>
        <translation>Prefixo de saída: escreva-o ou desmarque «Utilizar o prefixo de saída».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installation number must contain digits only (0-9), optionally after a +.</source>
        <translation>O número da instalação só pode conter dígitos (0-9), opcionalmente depois de um +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to Rainbow first.</source>
        <translation>Inicie sessão no Rainbow primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare the PBX first.</source>
        <translation>Registe primeiro o PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm every step of the PBX configuration.</source>
        <translation>Confirme cada passo da configuração do PBX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference</source>
        <translation>Referência da frota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Referência da instalação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Prefixo nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Prefixo internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Prefixo de saída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference is required.</source>
        <translation>A referência da frota é obrigatória.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference is required.</source>
        <translation>A referência da instalação é obrigatória.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 8 letters followed by 1 to 6 digits</source>
        <translation>2 a 8 letras seguidas de 1 a 6 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 digits, a dot, 4 digits, a dot, 2 digits</source>
        <translation>4 dígitos, um ponto, 4 dígitos, um ponto, 2 dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number does not start with a known country calling code.</source>
        <translation>O número não começa por um indicativo de país conhecido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too short for its country: a digit is probably missing.</source>
        <translation>O número é demasiado curto para o seu país: provavelmente falta um dígito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is too long for its country: check the digits and prefixes.</source>
        <translation>O número é demasiado longo para o seu país: verifique os dígitos e os prefixos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number has a length its country does not use: check the digits.</source>
        <translation>O número tem um comprimento que o seu país não utiliza: verifique os dígitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the +.</source>
        <translation>O número está incompleto: não há nada depois do +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the international prefix.</source>
        <translation>O número está incompleto: não há nada depois do prefixo internacional.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the national prefix.</source>
        <translation>O número está incompleto: não há nada depois do prefixo nacional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the country.</source>
        <translation>O número está incompleto: não há nada depois do indicativo do país.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number: type a number to see how it is dialed.</source>
        <translation>Número: escreva um número para ver como é marcado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: type the digits after the +.</source>
        <translation>O número está incompleto: escreva os dígitos depois do +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number may contain only digits and a leading +; spaces, dots, dashes and parentheses are ignored.</source>
        <translation>O número só pode conter dígitos e um + inicial; os espaços, pontos, hífenes e parênteses são ignorados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International number</source>
        <translation>Número internacional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty; enter a regular expression, for example ^0321.</source>
        <translation>vazio; introduza uma expressão regular, por exemplo ^0321.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats a group that itself repeats or has alternatives, such as (0*)* or (0|00)+, which can take minutes to test one number; write the repetition once, e.g. [0-9]+ or (0|00).</source>
        <translation>repete um grupo que se repete a si próprio ou tem alternativas, como (0*)* ou (0|00)+, e testar um só número pode demorar minutos; escreva a repetição uma só vez, p. ex. [0-9]+ ou (0|00).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nests its parentheses too deeply; simplify it.</source>
        <translation>aninha demasiados parênteses; simplifique-o.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was dialled.</source>
        <translation>Não foi marcado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule matches.</source>
        <translation>Nenhuma regra se aplica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no rules.</source>
        <translation>Não há regras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number</source>
        <translation>um número internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a national number</source>
        <translation>um número nacional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login: %1 is not a business-partner admin on Rainbow, so it cannot manage customer companies.</source>
        <extracomment>Messages with values in them; ``%1``, ``%2``... match any text and are translated in turn.</extracomment>
        <translation>Utilizador: %1 não é administrador de Business Partner no Rainbow, por isso não pode gerir empresas clientes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required in stock mode.</source>
        <translation>%1: obrigatória no modo stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have the expected shape: %2, e.g. %3. Check it; if the real reference differs from this shape, use the override.</source>
        <translation>%1: o formato esperado é %2, p. ex. %3. Verifique-a; se a referência real tiver outro formato, utilize a exceção.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet reference cannot contain a dash: the dash separates it from the installation reference, e.g. %1.</source>
        <translation>A referência da frota não pode conter um hífen: o hífen separa-a da referência da instalação, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference is required, e.g. %1.</source>
        <translation>A referência é obrigatória, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference must be the fleet reference and the installation reference joined by a dash, e.g. %1.</source>
        <translation>A referência tem de ser a referência da frota e a referência da instalação unidas por um hífen, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1: apenas dígitos (0-9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too long: a public number has at most %1 digits.</source>
        <translation>O número é demasiado longo: um número público tem no máximo %1 dígitos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: canonical form %2.</source>
        <translation>%1: forma canónica %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number (%1)</source>
        <translation>Número nacional (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number without national prefix, read as a national number (%1)</source>
        <translation>Número sem prefixo nacional, lido como número nacional (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number (1 to %1 digits without prefix): the PBX routes it as is; it has no canonical form.</source>
        <translation>Número interno (1 a %1 dígitos sem prefixo): o PBX encaminha-o tal como está; não tem forma canónica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country: %1 is not a known country code; choose a country from the list.</source>
        <translation>País: %1 não é um código de país conhecido; escolha um país da lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, pattern: %2</source>
        <translation>Regra %1, padrão: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, replacement: %2</source>
        <translation>Regra %1, substituição: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, description: contains a line break or control character; keep it on one line.</source>
        <translation>Regra %1, descrição: contém uma quebra de linha ou um caráter de controlo; mantenha-a numa só linha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, description: %2</source>
        <translation>Regra %1, descrição: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the control character(s) %1 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>contém o ou os carateres de controlo %1 (sequências de escape, quebras de linha e afins), de que um nome ou uma descrição nunca precisa; escreva-o de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats %1 times, but a phone number has at most %2 digits; use smaller counts, e.g. [0-9]{1,15}.</source>
        <translation>repete %1 vezes, mas um número de telefone tem no máximo %2 dígitos; use contagens menores, p. ex. [0-9]{1,15}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters, over Rainbow&apos;s limit of %2; shorten it.</source>
        <translation>%1 carateres, acima do limite de %2 do Rainbow; encurte-o.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid regular expression (%1); check its brackets, parentheses and backslashes.</source>
        <translation>não é uma expressão regular válida (%1); verifique os parênteses retos, os parênteses e as barras invertidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; escape a literal [ or - inside brackets with \.</source>
        <translation>%1; dentro de parênteses retos, escape um [ ou um - literal com \.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not support \d; written with %1 instead it is %2 characters, over the limit of %3; shorten it.</source>
        <translation>O Rainbow não suporta \d; escrito com %1 tem %2 carateres, acima do limite de %3; encurte-o.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow does not support \d; it will be sent as %1.</source>
        <translation>O Rainbow não suporta \d; será enviado como %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write %1 instead of %2 to use a group.</source>
        <translation>escreva %1 em vez de %2 para utilizar um grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not supported and would be sent as is; put the part you want in parentheses and write $1.</source>
        <translation>%1 não é suportado e seria enviado tal como está; coloque a parte pretendida entre parênteses e escreva $1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has no group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 refere-se ao grupo %2, mas o padrão não tem nenhum grupo entre parênteses; acrescente parênteses ao padrão ou altere o número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 refere-se ao grupo %2, mas o padrão só tem %3 grupo entre parênteses; acrescente parênteses ao padrão ou altere o número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 groups in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 refere-se ao grupo %2, mas o padrão só tem %3 grupos entre parênteses; acrescente parênteses ao padrão ou altere o número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains %1, which a phone cannot dial; use digits, * # +, and $1 to $9 for groups.</source>
        <translation>contém %1, que um telefone não consegue marcar; utilize dígitos, * # + e $1 a $9 para os grupos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 numbering rules: Rainbow accepts at most %2; remove or merge %3.</source>
        <translation>%1 regras de numeração: o Rainbow aceita no máximo %2; remova ou junte %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as rule %1, so it never applies; remove it or change one of them.</source>
        <translation>igual à regra %1, por isso nunca se aplica; remova-a ou altere uma das duas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow would refuse this list: more than %1 rules.</source>
        <translation>O Rainbow recusaria esta lista: mais de %1 regras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 was skipped: it has an error.</source>
        <translation>A regra %1 foi ignorada: tem um erro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the call is blocked.</source>
        <translation>Aplica-se %1: a chamada é bloqueada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the PBX receives %2.</source>
        <translation>Aplica-se %1: o PBX recebe %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 &quot;%2&quot; (%3 → %4)</source>
        <translation>a regra %1 «%2» (%3 → %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 (%2 → %3)</source>
        <translation>a regra %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow adds no outbound prefix after a rule: if this number leaves the PBX, write the outbound prefix %1 into the replacement.</source>
        <translation>O Rainbow não acrescenta nenhum prefixo de saída depois de uma regra: se este número sair do PBX, escreva o prefixo de saída %1 na substituição.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow treats it as an internal number: the PBX receives %1.</source>
        <translation>O Rainbow trata-o como um número interno: o PBX recebe %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not recognise it: the PBX receives %1 as dialled.</source>
        <translation>O Rainbow não o reconhece: o PBX recebe %1 tal como foi marcado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow treats it as %1 and adds the outbound prefix %2: the PBX receives %3.</source>
        <translation>O Rainbow trata-o como %1 e acrescenta o prefixo de saída %2: o PBX recebe %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow treats it as %1: the PBX receives %2.</source>
        <translation>O Rainbow trata-o como %1: o PBX recebe %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number (+ becomes %1)</source>
        <translation>um número internacional (o + passa a %1)</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_local.py" line="+19"/>
        <source>If it is this PBX&apos;s declaration, take it over (&apos;declare --adopt&apos; on the command line, &apos;Take over…&apos; in the wizard); otherwise delete it in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers) before declaring again, or choose another server name.</source>
        <translation>Se for o registo deste PBX, assuma-o («declare --adopt» na linha de comandos, «Assumir este registo…» no assistente); caso contrário, elimine-o no portal de administração do Rainbow (Customer companies &gt; a empresa &gt; Communication &gt; Comm. Servers) antes de registar de novo, ou escolha outro nome de servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The declaration was sent, but whether Rainbow recorded it is unknown: Rainbow could not be reached to check.</source>
        <translation>O registo foi enviado, mas não se sabe se o Rainbow o guardou: não foi possível contactar o Rainbow para o verificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the network is back, run the declaration again: it looks for an existing declaration first and never creates a second one.</source>
        <translation>Quando a rede voltar, execute de novo o registo: procura primeiro um registo existente e nunca cria um segundo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refuses this PBX to your account.</source>
        <translation>O Rainbow recusa o acesso a este PBX à sua conta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, either another business partner has declared this PBX (ask them, or ALE support, to release it), or the company is not one of your customers on Rainbow (sign in with the business-partner admin account that manages it).</source>
        <translation>Verifique o ID do equipamento (as referências de frota e de instalação que identificam este PBX na lista da sua frota). Se estiver correto, ou outro Business Partner registou este PBX (peça-lhe, ou ao suporte da ALE, que o liberte), ou a empresa não é um dos seus clientes no Rainbow (inicie sessão com a conta de administrador do Business Partner que a gere).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This equipment id is already declared on Rainbow, where your account cannot see it.</source>
        <translation>Este ID do equipamento já está registado no Rainbow, onde a sua conta não o consegue ver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, it was declared by another business partner (or by an account with other rights): ask them, or ALE support, to release it.</source>
        <translation>Verifique o ID do equipamento (as referências de frota e de instalação que identificam este PBX na lista da sua frota). Se estiver correto, foi registado por outro Business Partner (ou por uma conta com outros direitos): peça-lhe, ou ao suporte da ALE, que o liberte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PBX is already declared on Rainbow for another customer company.</source>
        <translation>Este PBX já está registado no Rainbow para outra empresa cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, this PBX was declared for another company: check the chosen company, or delete the old declaration in the Rainbow admin portal (Customer companies &gt; that company &gt; Communication &gt; Comm. Servers) first.</source>
        <translation>Verifique o ID do equipamento (as referências de frota e de instalação que identificam este PBX na lista da sua frota). Se estiver correto, este PBX foi registado para outra empresa: verifique a empresa escolhida, ou elimine primeiro o registo antigo no portal de administração do Rainbow (Customer companies &gt; essa empresa &gt; Communication &gt; Comm. Servers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several PBXs with this name are already declared on this site.</source>
        <translation>Já estão registados vários PBX com este nome neste local.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the extra ones in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers), or choose another name.</source>
        <translation>Elimine os excedentes no portal de administração do Rainbow (Customer companies &gt; a empresa &gt; Communication &gt; Comm. Servers), ou escolha outro nome.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site the PBX belongs to (--site-id on the command line).</source>
        <translation>Escolha o local a que o PBX pertence (--site-id na linha de comandos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has no site on Rainbow, and a PBX must belong to a site.</source>
        <translation>A empresa cliente não tem nenhum local no Rainbow, e um PBX tem de pertencer a um local.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agree to create one (--create-site on the command line), or create it in the Rainbow admin portal (Customer companies &gt; the company).</source>
        <translation>Aceite criar um (--create-site na linha de comandos), ou crie-o no portal de administração do Rainbow (Customer companies &gt; a empresa).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the company&apos;s Rainbow id (company.id in the installation file): it must be one of your customer companies, and it may have been deleted in the Rainbow admin portal.</source>
        <translation>Verifique o ID Rainbow da empresa (company.id no ficheiro de instalação): tem de ser uma das suas empresas clientes, e pode ter sido eliminada no portal de administração do Rainbow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment id is not known yet: declare the PBX on Rainbow first.</source>
        <translation>O ID do equipamento ainda não é conhecido: registe primeiro o PBX no Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activation code is not known yet: declare the PBX on Rainbow first.</source>
        <translation>O código de ativação ainda não é conhecido: registe primeiro o PBX no Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let it end (or close the program running it), then run the declaration again: it finds what the other one declared.</source>
        <translation>Deixe-o terminar (ou feche o programa que o executa) e execute de novo o registo: encontra o que o outro registou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the equipment id and activation code shown now (enter them in OMC &gt; Cloud &gt; Rainbow). Then make the file writable (free some space, or copy it to a folder you may write to) and declare it again: the declaration is found and recorded.</source>
        <translation>Copie o ID do equipamento e o código de ativação mostrados agora (introduza-os em OMC &gt; Cloud &gt; Rainbow). Depois torne o ficheiro gravável (liberte espaço, ou copie-o para uma pasta onde possa escrever) e registe-o de novo: o registo é encontrado e guardado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was declared. Make the file writable (free some space, or copy it to a folder you may write to), then declare it again.</source>
        <translation>Nada foi registado. Torne o ficheiro gravável (liberte espaço, ou copie-o para uma pasta onde possa escrever) e registe-o de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free some space or choose a folder you may write to, then run again: what was done on Rainbow is found again and reused.</source>
        <translation>Liberte espaço ou escolha uma pasta onde possa escrever e execute de novo: o que foi feito no Rainbow é encontrado e reutilizado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the equipment id and the company; reuse or delete the existing declaration in the Rainbow admin portal first.</source>
        <translation>Verifique o ID do equipamento e a empresa; reutilize ou elimine primeiro o registo existente no portal de administração do Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account signed in is not a business-partner admin.</source>
        <translation>A conta com sessão iniciada não é administrador de Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the company chosen in the installation, or sign in with the account of the business partner that manages it.</source>
        <translation>Verifique a empresa escolhida na instalação, ou inicie sessão com a conta do Business Partner que a gere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of the company&apos;s sites (--site-id on the command line).</source>
        <translation>Escolha um dos locais da empresa (--site-id na linha de comandos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the site is known.</source>
        <translation>Verificado quando o local for conhecido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site is new: no system of this name can exist on it.</source>
        <translation>O local é novo: não pode existir nele nenhum sistema com este nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The equipment id is free: a new system would be declared.</source>
        <translation>O ID do equipamento está livre: seria registado um novo sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system of this name on the site: a new one would be declared.</source>
        <translation>Nenhum sistema com este nome no local: seria registado um novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the country of the installation; Rainbow lists the countries it accepts (GET /systems/countries).</source>
        <translation>Verifique o país da instalação; o Rainbow indica os países que aceita (GET /systems/countries).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by another business partner</source>
        <translation>por outro Business Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for another customer company</source>
        <translation>para outra empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several times on this site</source>
        <translation>várias vezes neste local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installation file must contain a JSON object.</source>
        <translation>Um ficheiro de instalação tem de conter um objeto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema_version is missing: this is not an installation file, or it was damaged.</source>
        <translation>Falta schema_version: não é um ficheiro de instalação, ou está danificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery mode: BTCO is not available for OXO Connect Evolution; use stock mode for this PBX.</source>
        <translation>Modo de entrega: o BTCO não está disponível para o OXO Connect Evolution; utilize o modo stock para este PBX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow server must be a web address such as https://openrainbow.com.</source>
        <translation>O servidor Rainbow tem de ser um endereço web como https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound prefix: &apos;Use the outbound prefix&apos; is ticked but no prefix is given.</source>
        <translation>Prefixo de saída: «Utilizar o prefixo de saída» está assinalado, mas não é indicado nenhum prefixo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway: confirm the choice (licence_accepted) before enabling it; the licence itself is accepted in the Rainbow admin portal.</source>
        <translation>Gateway WebRTC: confirme a escolha (licence_accepted) antes de o ativar; a licença propriamente dita é aceite no portal de administração do Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PBX model</source>
        <translation>Modelo do PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Modo de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Servidor Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id</source>
        <translation>ID da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>Gateway WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>ID do equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Código de ativação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Número da instalação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Regras de numeração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Utilizar o prefixo de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference override</source>
        <translation>Exceção de referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder (e.g. the Desktop or Documents).</source>
        <translation>Escolha outra pasta (p. ex. o Ambiente de Trabalho ou Documentos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Não registado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected by a passphrase: open it in the wizard to see its credentials.</source>
        <translation>Protegido por uma frase-passe: abra-o no assistente para ver as suas credenciais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>O ficheiro não pode ser lido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase holds bytes that are not text in UTF-8 (as set in the environment or typed on a terminal with another encoding); set it again in plain text.</source>
        <translation>A frase-passe contém bytes que não são texto UTF-8 (tal como definida no ambiente ou escrita num terminal com outra codificação); defina-a de novo em texto simples.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is empty: give one to protect the file.</source>
        <translation>A frase-passe está vazia: indique uma para proteger o ficheiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong, or the protected part does not belong to this file (it was copied from another file, or the PBX model, mode, company, server name or Rainbow server was edited outside the program). Nothing was changed.</source>
        <translation>A frase-passe está errada, ou a parte protegida não pertence a este ficheiro (foi copiada de outro ficheiro, ou o modelo de PBX, o modo, a empresa, o nome do servidor ou o servidor Rainbow foram alterados fora do programa). Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PBX is already declared on Rainbow for this company as &apos;%1&apos;.</source>
        <translation>Este PBX já está registado no Rainbow para esta empresa como «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has %1 sites: %2.</source>
        <translation>A empresa cliente tem %1 locais: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know the customer company %1.</source>
        <translation>O Rainbow não conhece a empresa cliente %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another declaration of this PBX is running on this computer and did not end in time. %1</source>
        <translation>Outro registo deste PBX está em curso neste computador e não terminou a tempo. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was declared. Free some space, or set %1 to a folder you may write to, then run again.</source>
        <translation>Nada foi registado. Liberte espaço, ou defina %1 para uma pasta onde possa escrever, e execute de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2</source>
        <translation>O PBX está registado no Rainbow (sistema %1), mas o ficheiro de instalação não pode ser gravado: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PBX is already declared on Rainbow %1.</source>
        <translation>Este PBX já está registado no Rainbow %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for this company as &apos;%1&apos;</source>
        <translation>para esta empresa como «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1, a business-partner admin.</source>
        <translation>Sessão iniciada como %1, administrador de Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer company %1 is not one of this business partner&apos;s customers on Rainbow.</source>
        <translation>A empresa cliente %1 não é um dos clientes deste Business Partner no Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, a customer of this business partner.</source>
        <translation>%1, cliente deste Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site %1 of the installation is not a site of this company.</source>
        <translation>O local %1 da instalação não é um local desta empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the company&apos;s only site).</source>
        <translation>%1 (o único local da empresa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: the site &apos;%1&apos; would be created.</source>
        <translation>Nenhum ainda: seria criado o local «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already declared for this company as &apos;%1&apos;: declaring would reuse it and send nothing.</source>
        <translation>Já registado para esta empresa como «%1»: o registo reutilizá-lo-ia sem enviar nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow accepts the country %1 for a PBX.</source>
        <translation>O Rainbow aceita o país %1 para um PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not accept the country %1 for a PBX.</source>
        <translation>O Rainbow não aceita o país %1 para um PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 numbering rule(s), within Rainbow&apos;s limits (at most %2 rules, patterns of at most %3 characters).</source>
        <translation>%1 regra(s) de numeração, dentro dos limites do Rainbow (no máximo %2 regras, padrões de no máximo %3 carateres).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than %2: it is not an installation file (they are a few kilobytes); check the file name.</source>
        <translation>%1 é maior do que %2: não é um ficheiro de instalação (têm poucos kilobytes); verifique o nome do ficheiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 does not exist.</source>
        <translation>O ficheiro %1 não existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not an installation file.</source>
        <translation>%1 é uma pasta, não um ficheiro de instalação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: permission denied.</source>
        <translation>O ficheiro %1 não pode ser lido: permissão negada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>O ficheiro %1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be written: %2.</source>
        <translation>O ficheiro %1 não pode ser gravado: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a text file in UTF-8: is it really an installation file?</source>
        <translation>%1 não é um ficheiro de texto em UTF-8: é mesmo um ficheiro de instalação?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 não é JSON válido: %2 na linha %3, coluna %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests its values too deeply to be an installation file; check the file name, or restore the file from a copy.</source>
        <translation>%1 aninha os seus valores demasiado fundo para ser um ficheiro de instalação; verifique o nome do ficheiro, ou restaure o ficheiro a partir de uma cópia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds a number of thousands of digits; an installation file has no such number: check the file name, or restore the file from a copy.</source>
        <translation>%1 contém um número com milhares de algarismos; um ficheiro de instalação não tem tal número: verifique o nome do ficheiro, ou restaure o ficheiro a partir de uma cópia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is protected by a passphrase: its equipment id and activation code (and stock references) open only with it.</source>
        <translation>%1 está protegido por uma frase-passe: o ID do equipamento e o código de ativação (e as referências stock) só abrem com ela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase must have at least %1 characters; a few words are easier to remember and harder to guess.</source>
        <translation>A frase-passe tem de ter pelo menos %1 carateres; algumas palavras são mais fáceis de memorizar e mais difíceis de adivinhar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protected part of the file is damaged (%1); use an intact copy of the file.</source>
        <translation>A parte protegida do ficheiro está danificada (%1); utilize uma cópia intacta do ficheiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is written in clear text in a protected file; remove the value (it is kept protected) or unprotect the file first.</source>
        <translation>%1 está escrito em claro num ficheiro protegido; remova o valor (é mantido protegido) ou retire primeiro a proteção do ficheiro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required but missing.</source>
        <translation>%1: falta um valor obrigatório.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a field of an installation file; remove it.</source>
        <translation>%1: não é um campo de um ficheiro de instalação; remova-o.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the value %2; expected one of: %3.</source>
        <translation>%1 tem o valor %2; esperado um de: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be text, in double quotes.</source>
        <translation>%1 tem de ser texto, entre aspas duplas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country is required: use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>O país é obrigatório: utilize um código ISO de duas letras como FR, DE ou GB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not be empty.</source>
        <translation>%1 não pode estar vazio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be true or false, without quotes.</source>
        <translation>%1 tem de ser true ou false, sem aspas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 tem de ser um número inteiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number.</source>
        <translation>%1 tem de ser um número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON object, in braces { }.</source>
        <translation>%1 tem de ser um objeto JSON, entre chavetas { }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON list, in brackets [ ].</source>
        <translation>%1 tem de ser uma lista JSON, entre parênteses retos [ ].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a date and time such as 2026-01-31T09:30:00Z.</source>
        <translation>%1 tem de ser uma data e hora como 2026-01-31T09:30:00Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be valid JSON.</source>
        <translation>%1 tem de ser JSON válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is longer than %2 characters; shorten it.</source>
        <translation>%1 tem mais de %2 caracteres; encurte-o.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a value of the wrong kind; compare it with a file the program wrote, or enter it again in the wizard.</source>
        <translation>%1 tem um valor de tipo errado; compare-o com um ficheiro escrito pelo programa ou introduza-o novamente no assistente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must contain digits only (0-9); remove spaces and other characters.</source>
        <translation>%1: apenas dígitos (0-9); remova os espaços e outros carateres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains the control character(s) %2 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>%1: contém o ou os carateres de controlo %2 (sequências de escape, quebras de linha e afins), de que um nome ou uma descrição nunca precisa; escreva-o de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbering rule %1, %2</source>
        <translation>Regra de numeração %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: &apos;%1&apos; is not a country code the phone-number data knows; use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>País: «%1» não é um código de país conhecido pelos dados de numeração; utilize um código ISO de duas letras, como FR, DE ou GB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema_version %1 is not supported by this version of the program (it reads version %2); update the program.</source>
        <translation>schema_version %1 não é suportado por esta versão do programa (lê a versão %2); atualize o programa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagnostics file %1 cannot be written: %2.</source>
        <translation>O ficheiro de diagnóstico %1 não pode ser gravado: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 cannot be written: %2.</source>
        <translation>O relatório %1 não pode ser gravado: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 could not be written: the PDF is empty.</source>
        <translation>Não foi possível gravar o relatório %1: o PDF está vazio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program on this computer held the lock %1 for %2 s.</source>
        <translation>Outro programa neste computador manteve o bloqueio %1 durante %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock folder %1 cannot be created: %2.</source>
        <translation>A pasta de bloqueios %1 não pode ser criada: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file %1 cannot be used: %2.</source>
        <translation>O ficheiro de bloqueio %1 não pode ser utilizado: %2.</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_remote.py" line="+21"/>
        <source>The Rainbow session has expired.</source>
        <translation>A sessão do Rainbow expirou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again and repeat the step.</source>
        <translation>Inicie sessão de novo no Rainbow e repita o passo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow session is no longer valid.</source>
        <translation>A sessão do Rainbow já não é válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again.</source>
        <translation>Inicie sessão de novo no Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the login or password.</source>
        <translation>O Rainbow recusou o utilizador ou a palavra-passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login (the e-mail address of the Rainbow admin account) and the password; they are those of the Rainbow admin portal.</source>
        <translation>Verifique o utilizador (o endereço de e-mail da conta de administrador do Rainbow) e a palavra-passe; são os do portal de administração do Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refused the application id or application secret.</source>
        <translation>O Rainbow recusou o ID ou o segredo da aplicação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both values in the sign-in settings (developers.openrainbow.com &gt; My applications), or leave both empty if you do not use a Rainbow application.</source>
        <translation>Verifique ambos os valores nas definições de início de sessão (developers.openrainbow.com &gt; My applications), ou deixe ambos vazios se não utilizar uma aplicação Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This company is not one of your customers on Rainbow.</source>
        <translation>Esta empresa não é um dos seus clientes no Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the business-partner admin account that manages this customer company.</source>
        <translation>Inicie sessão com a conta de administrador do Business Partner que gere esta empresa cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This equipment id is already declared on Rainbow.</source>
        <translation>Este ID do equipamento já está registado no Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (fleet and installation references); if this PBX was declared before, reuse that declaration instead of creating another one.</source>
        <translation>Verifique o ID do equipamento (referências de frota e de instalação); se este PBX já foi registado, reutilize esse registo em vez de criar outro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow is receiving too many requests from this account.</source>
        <translation>O Rainbow está a receber demasiados pedidos desta conta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute, then repeat the step.</source>
        <translation>Aguarde um minuto e repita o passo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused a value of the request.</source>
        <translation>O Rainbow recusou um valor do pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and try again.</source>
        <translation>Corrija-o e tente de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and retry.</source>
        <translation>Corrija-o e tente de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the sign-in.</source>
        <translation>O Rainbow recusou o início de sessão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login and password, then sign in again.</source>
        <translation>Verifique o utilizador e a palavra-passe e inicie sessão de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Rainbow account may not do this.</source>
        <translation>A sua conta Rainbow não pode fazer isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know this object.</source>
        <translation>O Rainbow não conhece este objeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted in the Rainbow admin portal (Customer companies, or Communication &gt; Comm. Servers): refresh the list.</source>
        <translation>Pode ter sido eliminado no portal de administração do Rainbow (Customer companies, ou Communication &gt; Comm. Servers): atualize a lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow did not receive the request in time.</source>
        <translation>O Rainbow não recebeu o pedido a tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and try again.</source>
        <translation>Verifique a rede e tente de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This already exists on Rainbow.</source>
        <translation>Isto já existe no Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list and reuse the existing entry.</source>
        <translation>Atualize a lista e reutilize a entrada existente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is too large for Rainbow.</source>
        <translation>O pedido é demasiado grande para o Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the number of rules.</source>
        <translation>Reduza o número de regras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow had an internal problem and did not complete the request.</source>
        <translation>O Rainbow teve um problema interno e não concluiu o pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a few minutes and try again; check status.openrainbow.com if it persists.</source>
        <translation>Aguarde alguns minutos e tente de novo; consulte status.openrainbow.com se persistir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow answered with an unexpected error.</source>
        <translation>O Rainbow respondeu com um erro inesperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, save the log.</source>
        <translation>Tente de novo; se persistir, guarde o registo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PBX name</source>
        <translation>o nome do PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>o local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>a empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX type</source>
        <translation>o tipo de PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>o país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment id</source>
        <translation>o ID do equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation code</source>
        <translation>o código de ativação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national prefix</source>
        <translation>o prefixo nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international prefix</source>
        <translation>o prefixo internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound prefix</source>
        <translation>o prefixo de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use of the outbound prefix</source>
        <translation>a utilização do prefixo de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rules</source>
        <translation>as regras de numeração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule pattern</source>
        <translation>o padrão da regra de numeração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule replacement</source>
        <translation>a substituição da regra de numeração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule description</source>
        <translation>a descrição da regra de numeração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system</source>
        <translation>o sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system state</source>
        <translation>o estado do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed-in user</source>
        <translation>o utilizador com sessão iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in</source>
        <translation>o início de sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal</source>
        <translation>a renovação do token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Sem sessão iniciada no Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or a guest Wi-Fi login page may be answering instead of Rainbow: open a web browser to check, and check the server address.</source>
        <translation>Um proxy ou a página de acesso de uma rede Wi-Fi de convidados pode estar a responder em vez do Rainbow: abra um navegador web para verificar, e verifique o endereço do servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle), or ask the network administrator.</source>
        <translation>Um proxy ou antivírus que inspeciona TLS pode estar a substituir o certificado do Rainbow: adicione o respetivo certificado de CA em Definições (ficheiro de CA personalizado), ou pergunte ao administrador de rede.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server address and that this computer is connected to the internet.</source>
        <translation>Verifique o endereço do servidor e se este computador está ligado à Internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or Rainbow is slow: try again. A change may still have been applied; the installer checks before repeating it.</source>
        <translation>A rede ou o Rainbow estão lentos: tente de novo. Uma alteração pode ter sido aplicada mesmo assim; o instalador verifica antes de a repetir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address beginning with https://, e.g. https://openrainbow.com.</source>
        <translation>Utilize um endereço que comece por https://, p. ex. https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the network and try again; the installer checks whether a change was applied before repeating it.</source>
        <translation>Verifique a rede e tente de novo; o instalador verifica se uma alteração foi aplicada antes de a repetir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a firewall must allow outgoing TCP 443 to openrainbow.com and *.openrainbow.com</source>
        <translation>uma firewall tem de permitir TCP 443 de saída para openrainbow.com e *.openrainbow.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use an https:// address, e.g. https://openrainbow.com or https://sandbox.openrainbow.com.</source>
        <translation>Utilize um endereço https://, p. ex. https://openrainbow.com ou https://sandbox.openrainbow.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow&apos;s list of countries is not a list.</source>
        <translation>A lista de países do Rainbow não é uma lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s sign-in answer has no token.</source>
        <translation>A resposta de início de sessão do Rainbow não tem token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PEM file holding the CA certificate of your proxy or antivirus (text beginning with -----BEGIN CERTIFICATE-----).</source>
        <translation>Escolha um ficheiro PEM com o certificado de CA do seu proxy ou antivírus (texto que começa por -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake</source>
        <translation>Negociação TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy in use</source>
        <translation>Proxy em uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the DNS server of this computer (or the guest Wi-Fi&apos;s login page).</source>
        <translation>Verifique a ligação de rede e o servidor DNS deste computador (ou a página de acesso da rede Wi-Fi de convidados).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle).</source>
        <translation>Um proxy ou antivírus que inspeciona TLS pode estar a substituir o certificado do Rainbow: adicione o respetivo certificado de CA em Definições (ficheiro de CA personalizado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tried: the name did not resolve.</source>
        <translation>Não tentado: o nome não foi resolvido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used: plain HTTP (the sandbox on this computer).</source>
        <translation>Não utilizado: HTTP simples (a sandbox neste computador).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried: no TCP connection.</source>
        <translation>Não tentado: sem ligação TCP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy configured: the program connects directly.</source>
        <translation>Nenhum proxy configurado: o programa liga-se diretamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment or system settings</source>
        <translation>ambiente ou definições do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this computer&apos;s own addresses (the sandbox)</source>
        <translation>não utilizado para os endereços deste computador (a sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this server (exempted)</source>
        <translation>não utilizado para este servidor (isento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used for this server</source>
        <translation>utilizado para este servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Activation code&quot; is read-only on this PBX after a successful activation: it is already connected with its code.</source>
        <translation>&quot;Activation code&quot; é só de leitura neste PBX após uma ativação bem-sucedida: já está ligado com o seu código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use another code, reset the connection on Rainbow first.</source>
        <translation>Para utilizar outro código, reponha primeiro a ligação no Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox has no PBX with this CPU serial number.</source>
        <translation>A sandbox não tem nenhum PBX com este número de série da CPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the PBXs the sandbox lists.</source>
        <translation>Escolha um dos PBX que a sandbox lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sandbox is running and that its PBX address is right.</source>
        <translation>Verifique se a sandbox está em execução e se o endereço do PBX está correto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings may or may not have been applied: read them again before applying.</source>
        <translation>As definições podem ter sido aplicadas ou não: leia-as de novo antes de aplicar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the address is the sandbox&apos;s PBX endpoint.</source>
        <translation>Verifique se o endereço é o endpoint de PBX da sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX did not answer in time.</source>
        <translation>O PBX da sandbox não respondeu a tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX could not be reached.</source>
        <translation>Não foi possível contactar o PBX da sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, restart the sandbox.</source>
        <translation>Tente de novo; se persistir, reinicie a sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s status lacks a readable connection.</source>
        <translation>O estado do PBX da sandbox não indica uma ligação legível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unreadable entry.</source>
        <translation>A lista de PBX da sandbox contém uma entrada ilegível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unknown model or mode.</source>
        <translation>A lista de PBX da sandbox contém um modelo ou modo desconhecido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list is not readable.</source>
        <translation>A lista de PBX da sandbox não é legível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// address, or the sandbox&apos;s pbx_url (http://127.0.0.1:PORT).</source>
        <translation>Utilize um endereço https://, ou o pbx_url da sandbox (http://127.0.0.1:PORT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX).</source>
        <translation>Nenhum PBX da sandbox corresponde a esta instalação (stock: as suas referências; BTCO: um PBX livre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the plan&apos;s fleet and installation references against the sandbox&apos;s PBXs.</source>
        <translation>Compare as referências de frota e de instalação da instalação com os PBX da sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU serial number</source>
        <translation>o número de série da CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>as definições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its settings</source>
        <translation>as suas definições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its PBXs</source>
        <translation>os seus PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its status</source>
        <translation>o seu estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>ID do equipamento: no modo BTCO, o Rainbow gera-o quando o PBX é registado; registe primeiro o PBX ou introduza o ID do equipamento que o Rainbow mostrou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Código de ativação: no modo BTCO, o Rainbow gera-o quando o PBX é registado; registe primeiro o PBX ou introduza o código de ativação que o Rainbow mostrou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: a lista de verificação do OMC apenas ativa o Rainbow; para o desativar, desmarque a caixa no OMC manualmente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: o valor a aplicar não é o ID do equipamento que a lista de verificação do OMC mostra; volte a criar a lista a partir da instalação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: o valor a aplicar não é o código que a lista de verificação do OMC mostra; volte a criar a lista a partir da instalação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: o valor a aplicar não é o domínio que a lista de verificação do OMC indica; outro domínio tem de ser introduzido à mão no OMC.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rainbow refused a value of the request: %1.</source>
        <translation>O Rainbow recusou um valor do pedido: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1: %2.</source>
        <translation>O Rainbow recusou %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1.</source>
        <translation>O Rainbow recusou %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1.</source>
        <translation>Corrija %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a firewall must allow outgoing TCP %1 to %2</source>
        <translation>uma firewall tem de permitir TCP %1 de saída para %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>A ligação segura a %1 falhou: o seu certificado não é fidedigno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>O nome de servidor %1 não foi encontrado (DNS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was refused.</source>
        <translation>A ligação a %1 foi recusada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address and port; %1.</source>
        <translation>Verifique o endereço e a porta do servidor; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1.</source>
        <translation>Não foi possível ligar a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet; %1.</source>
        <translation>Verifique se este computador está ligado à Internet; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer the connection in time.</source>
        <translation>%1 não respondeu a tempo à ligação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network is slow or a firewall drops the traffic; %1. Try again.</source>
        <translation>A rede está lenta ou uma firewall descarta o tráfego; %1. Tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 não respondeu a tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy refused or failed the connection to %1.</source>
        <translation>O proxy recusou ou não conseguiu estabelecer a ligação a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings of this computer (or HTTPS_PROXY), and that the proxy allows %1.</source>
        <translation>Verifique as definições de proxy deste computador (ou HTTPS_PROXY), e se o proxy permite %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address for %1 is not usable.</source>
        <translation>O endereço de servidor para %1 não é utilizável.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 broke before the answer arrived.</source>
        <translation>A ligação a %1 caiu antes de a resposta chegar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange with %1 failed (%2).</source>
        <translation>A troca com %1 falhou (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Rainbow server address &apos;%1&apos; is not usable.</source>
        <translation>O endereço do servidor Rainbow «%1» não é utilizável.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no &apos;data&apos;.</source>
        <translation>A resposta do Rainbow sobre %1 não tem «data».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no readable &apos;%2&apos;.</source>
        <translation>A resposta do Rainbow sobre %1 não tem um «%2» legível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not JSON.</source>
        <translation>A resposta do Rainbow sobre %1 não é JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not an object.</source>
        <translation>A resposta do Rainbow sobre %1 não é um objeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s list of %1 entries is not a list.</source>
        <translation>A lista do Rainbow sobre %1 não é uma lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file %1 could not be loaded.</source>
        <translation>Não foi possível carregar o ficheiro de certificado de CA %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS of %1</source>
        <translation>DNS de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port %1</source>
        <translation>Porta TCP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be resolved (%1).</source>
        <translation>Não foi possível resolver o nome (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolves to %1.</source>
        <translation>Resolve-se em %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to port %1 (%2).</source>
        <translation>Sem ligação à porta %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 port %2.</source>
        <translation>Ligado a %1, porta %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network; %1.</source>
        <translation>Verifique a rede; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation>O certificado do servidor não é fidedigno (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handshake failed (%1).</source>
        <translation>A negociação falhou (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2; trusted.</source>
        <translation>%1, %2; fidedigno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate for %1, issued by %2</source>
        <translation>certificado para %1, emitido por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 proxy %2 (%3), %4.</source>
        <translation>Proxy %1 %2 (%3), %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX refused the %1: %2</source>
        <translation>O PBX recusou %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX refused the %1.</source>
        <translation>O PBX recusou %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1 and apply again.</source>
        <translation>Corrija %1 e aplique de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX refused the request (HTTP %1).</source>
        <translation>O PBX da sandbox recusou o pedido (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not JSON.</source>
        <translation>A resposta do PBX da sandbox sobre %1 não é JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not a JSON object.</source>
        <translation>A resposta do PBX da sandbox sobre %1 não é um objeto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s settings lack a readable %1.</source>
        <translation>Às definições do PBX da sandbox falta um valor legível para %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX address &apos;%1&apos; is not usable: the PBX settings hold the activation code, and plain http is allowed only to this computer (the sandbox).</source>
        <translation>O endereço do PBX «%1» não é utilizável: as definições do PBX contêm o código de ativação, e o http simples só é permitido para este computador (a sandbox).</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_batch.py" line="+19"/>
        <source>The CSV file is not text in UTF-8 or Windows-1252: save it from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>O ficheiro CSV não é texto em UTF-8 nem em Windows-1252: guarde-o a partir da folha de cálculo como «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file is empty: no header row.</source>
        <translation>O ficheiro CSV está vazio: não tem linha de cabeçalho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file has a header row but no PBX rows.</source>
        <translation>O ficheiro CSV tem uma linha de cabeçalho mas nenhuma linha de PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expecting value</source>
        <translation>valor esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>vírgula esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>dois-pontos esperados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nome de propriedade entre aspas duplas esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <translation>cadeia de texto não terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>carácter de controlo inválido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>sequência de escape inválida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>dados a mais depois do fim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, rule %2: must be an object with regexp_match and regexp_replace.</source>
        <translation>%1, regra %2: tem de ser um objeto com regexp_match e regexp_replace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, rule %2: &apos;%3&apos; is not a rule field; remove it.</source>
        <translation>%1, regra %2: «%3» não é um campo de regra; remova-o.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: both %3 and %4 are given; keep one.</source>
        <translation>%1, regra %2: %3 e %4 estão ambos indicados; mantenha apenas um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: %3 must be text (in double quotes).</source>
        <translation>%1, regra %2: %3 tem de ser texto (entre aspas duplas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: regexp_replace is missing; write &quot;&quot; to block the numbers the rule matches.</source>
        <translation>%1, regra %2: falta regexp_replace; escreva uma cadeia vazia (duas aspas duplas) para bloquear os números que a regra reconhece.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, rule %2: Rainbow does not support \d; written as %3.</source>
        <translation>%1, regra %2: o Rainbow não suporta \d; escrito como %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a rules file: its JSON nests too deeply or holds a huge number.</source>
        <translation>%1 não é um ficheiro de regras: o seu JSON está demasiado aninhado ou contém um número enorme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must hold a JSON list of rules, e.g. %2.</source>
        <translation>%1 tem de conter uma lista JSON de regras, p. ex. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1: %2</source>
        <translation>Em %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file lacks the required column(s) %1 (its header row, read with &apos;%2&apos; as separator, has: %3). Required columns: %4; optional: %5.</source>
        <translation>Faltam ao ficheiro CSV as colunas obrigatórias %1 (a linha de cabeçalho, lida com «%2» como separador, contém: %3). Colunas obrigatórias: %4; opcionais: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row has column(s) this program does not know: %1; check the spelling or remove them. Known columns: %2.</source>
        <translation>A linha de cabeçalho tem colunas que este programa não conhece: %1; verifique a ortografia ou remova-as. Colunas conhecidas: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice in the header row; keep one.</source>
        <translation>A coluna %1 aparece duas vezes na linha de cabeçalho; mantenha apenas uma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file cannot be read near line %1: %2; check its quotes.</source>
        <translation>O ficheiro CSV não pode ser lido perto da linha %1: %2; verifique as aspas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 values where the header row names %2 columns; a value containing the separator &apos;%3&apos; must be in double quotes.</source>
        <translation>%1 valores quando a linha de cabeçalho indica %2 colunas; um valor que contenha o separador «%3» tem de estar entre aspas duplas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same server name as on row %1; each PBX is prepared once.</source>
        <translation>O mesmo nome do servidor que na linha %1; cada PBX é preparado uma única vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fleet and installation references (same PBX) as on row %1; each PBX is prepared once.</source>
        <translation>As mesmas referências da frota e da instalação (o mesmo PBX) que na linha %1; cada PBX é preparado uma única vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>O ficheiro CSV %1 tem mais de %2; verifique o nome do ficheiro ou divida-o em vários ficheiros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>O ficheiro de regras %1 tem mais de %2; verifique o nome do ficheiro ou divida-o em vários ficheiros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file %1 does not exist.</source>
        <translation>O ficheiro CSV %1 não existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 does not exist.</source>
        <translation>O ficheiro de regras %1 não existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 é uma pasta, não um ficheiro CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a rules file.</source>
        <translation>%1 é uma pasta, não um ficheiro de regras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file %1 cannot be read: %2.</source>
        <translation>O ficheiro CSV %1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>O ficheiro de regras %1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 is not text in UTF-8.</source>
        <translation>O ficheiro de regras %1 não é texto em UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists and differs from this row (it may hold a declared PBX&apos;s progress); remove it or choose another output folder (on the command line, --force overwrites it).</source>
        <translation>%1 já existe e difere desta linha (pode conter o progresso de um PBX registado); remova-o ou escolha outra pasta de destino (na linha de comandos, --force substitui-o).</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../installer_app/ui/support/drafts.py" line="+97"/>
        <source>no server name yet</source>
        <extracomment>The last step shown: QWizard forgets its page before it reports being closed.</extracomment>
        <translation>ainda sem nome do servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume the last draft (%1, saved at %2)</source>
        <translation>&amp;Retomar o último rascunho (%1, guardado às %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume the last draft</source>
        <translation>Retomar o último rascunho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the page you were on, with everything you had entered.</source>
        <translation>Voltar à página em que estava, com tudo o que tinha introduzido.</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+352"/>
        <source>&amp;Fleet view…</source>
        <translation>Vista da &amp;frota…</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <location line="-277"/>
        <source>Fleet view – installation files</source>
        <translation>Vista da frota – ficheiros de instalação</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose &amp;folder…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder of installation files</source>
        <translation>Escolher a pasta dos ficheiros de instalação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the installations</source>
        <translation>Filtrar as instalações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, server name, equipment id, status</source>
        <translation>Empresa, nome do servidor, ID do equipamento, estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_table.py" line="+63"/>
        <source>Equipment id</source>
        <translation>ID do equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow status</source>
        <translation>Estado no Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX status</source>
        <translation>Estado do PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Installations</source>
        <translation>Instalações</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+20"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh from Rainbow</source>
        <translation>A&amp;tualizar a partir do Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the wizard</source>
        <translation>Abrir no a&amp;ssistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load this installation file and show its dashboard</source>
        <translation>Carregar este ficheiro de instalação e mostrar o respetivo painel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No folder chosen: recent files only</source>
        <translation>Nenhuma pasta escolhida: apenas ficheiros recentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the installation files…</source>
        <translation>A ler os ficheiros de instalação…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading cancelled: %1 of %2 installation files listed.</source>
        <translation>Leitura cancelada: %1 de %2 ficheiros de instalação listados.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the statuses on Rainbow…</source>
        <translation>A ler os estados no Rainbow…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 installation files</source>
        <translation>%1 ficheiros de instalação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 mostrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in to Rainbow: statuses as the files record them</source>
        <translation>sem sessão iniciada no Rainbow: estados tal como registados nos ficheiros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 read on Rainbow</source>
        <translation>%1 lidos no Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read</source>
        <translation>%1 não puderam ser lidos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>Não é possível escrever o ficheiro CSV %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Foram exportadas %1 linhas para %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Folder of installation files</source>
        <translation>Pasta dos ficheiros de instalação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the fleet as CSV</source>
        <translation>Exportar a frota como CSV</translation>
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
        <translation>Gateway WebRTC: um passo no portal de administração do Rainbow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record the choice</source>
        <translation>&amp;Registar a escolha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the WebRTC gateway choice</source>
        <translation>Registar a escolha do gateway WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: no WebRTC gateway</source>
        <translation>Cancelar: sem gateway WebRTC</translation>
    </message>
</context>
<context>
    <name>InstallerWizard</name>
    <message>
        <location filename="../installer_app/ui/wizard.py" line="+70"/>
        <source>OXO Connect – Rainbow installer</source>
        <extracomment>The passphrase protecting the opened/saved installation file (memory only). The plan, from the Summary on (see :meth:`installation_plan`); None before. Where an opened installation file resumes, while a page on the way is not done.</extracomment>
        <translation>OXO Connect – Assistente de instalação do Rainbow</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;More…</source>
        <translation>&amp;Mais…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save installation file…</source>
        <translation>&amp;Guardar o ficheiro de instalação…</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The declaration on Rainbow is still running. Close anyway? It stops where it is; what you entered is kept as a draft, the next start offers to resume it, and declaring again reuses what Rainbow already has.</source>
        <translation>A declaração no Rainbow ainda está em curso. Fechar mesmo assim? Para onde está; o que introduziu fica guardado como rascunho, o próximo arranque propõe retomá-lo e declarar de novo reutiliza o que o Rainbow já tem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the installer? What you entered is kept as a draft: the next start offers to resume it.</source>
        <translation>Fechar o instalador? O que introduziu fica guardado como rascunho: o próximo arranque propõe retomá-lo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close the installer</source>
        <translation>&amp;Fechar o instalador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on</source>
        <translation>C&amp;ontinuar</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/language_menu.py" line="+45"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time the program starts.</source>
        <translation>O novo idioma será utilizado da próxima vez que o programa for iniciado.</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/numbering.py" line="+51"/>
        <location line="+16"/>
        <source>Numbering rules</source>
        <translation>Regras de numeração</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Rainbow applies the first rule whose pattern matches the dialled number and sends the result to the PBX. An empty replacement blocks the number.</source>
        <translation>O Rainbow aplica a primeira regra cujo padrão corresponde ao número marcado e envia o resultado ao PBX. Uma substituição vazia bloqueia o número.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rules, in the order Rainbow tries them:</source>
        <translation>&amp;Regras, pela ordem em que o Rainbow as experimenta:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Adicionar regra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>R&amp;emover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-made:</source>
        <translation>Predefinidas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal numbers</source>
        <translation>Números &amp;internos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal numbers of 1–5 digits: %1 → %2</source>
        <translation>Números internos de 1–5 dígitos: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block a &amp;prefix…</source>
        <translation>Bloquear um pre&amp;fixo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule limit</source>
        <translation>Limite de regras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block a prefix problem</source>
        <translation>Problema ao bloquear um prefixo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems in the rules</source>
        <translation>Problemas nas regras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use [0-9] instead of \d in every pattern</source>
        <translation>Utilizar [0-9] em vez de \d em todos os padrões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use [0-9] instead of \d</source>
        <translation>Utilizar [0-9] em vez de \d</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Internal numbers of 1–5 digits</source>
        <translation>Números internos de 1–5 dígitos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block a prefix</source>
        <translation>Bloquear um prefixo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls to numbers starting with this prefix will be blocked (e.g. 0800):</source>
        <translation>As chamadas para números que começam por este prefixo serão bloqueadas (p. ex. 0800):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Block a prefix: “%1” is not a prefix; type digits (and * # +), e.g. 0800.</source>
        <translation>Bloquear um prefixo: «%1» não é um prefixo; escreva dígitos (e * # +), p. ex. 0800.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block numbers starting with %1</source>
        <translation>Bloquear os números que começam por %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Rainbow accepts at most %1 numbering rules: remove one to add another.</source>
        <translation>O Rainbow aceita no máximo %1 regras de numeração: remova uma para adicionar outra.</translation>
    </message>
</context>
<context>
    <name>OmcChecklist</name>
    <message>
        <location filename="../installer_app/pbx/omc_checklist.py" line="+52"/>
        <source>Default PBX address</source>
        <translation>Endereço predefinido do PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow PABX-ID</source>
        <translation>Rainbow PABX-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Código de ativação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Nome de domínio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to the PBX with OMC</source>
        <extracomment>Values a step shows besides its own, to compare in OMC (stock mode&apos;s final check shows the activation code, which is the same joined references as &quot;Rainbow PABX-ID&quot;).</extracomment>
        <translation>Ligar-se ao PBX com o OMC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start OMC on a computer on the customer&apos;s network and connect to the PBX. The main CPU&apos;s default address is 192.168.92.246. At the first login OMC asks for new admin passwords: change them and keep them somewhere safe.</source>
        <translation>Inicie o OMC num computador da rede do cliente e ligue-se ao PBX. O endereço predefinido da CPU principal é 192.168.92.246. No primeiro início de sessão, o OMC pede novas palavras-passe de administrador: altere-as e guarde-as num local seguro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to Expert View</source>
        <translation>Mudar para Expert View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow settings are only in OMC&apos;s Expert View.</source>
        <translation>As definições do Rainbow só existem na Expert View do OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Cloud &gt; Rainbow</source>
        <translation>Abrir Cloud &gt; Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Expert View, open Cloud, then Rainbow.</source>
        <translation>Na Expert View, abra Cloud e depois Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick &quot;Rainbow enabled&quot;</source>
        <translation>Marcar &quot;Rainbow enabled&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lets the PBX open its link to Rainbow.</source>
        <translation>Isto permite ao PBX abrir a sua ligação ao Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the &quot;Rainbow PABX-ID&quot;</source>
        <translation>Introduzir o &quot;Rainbow PABX-ID&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the &quot;Activation code&quot;</source>
        <translation>Introduzir o &quot;Activation code&quot;</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Replace what the field shows (by default the CPU serial number) with the equipment id shown here, exactly as written.</source>
        <translation>Substitua o conteúdo do campo (por predefinição, o número de série da CPU) pelo ID do equipamento mostrado aqui, exatamente como está escrito.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the activation code shown here, exactly as written. It is secret: do not write it down anywhere else. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Introduza o código de ativação mostrado aqui, exatamente como está escrito. É secreto: não o anote em mais nenhum lado. Depois de o PBX se ligar e receber a sua palavra-passe de início de sessão, o OMC põe &quot;Activation code&quot; a cinzento: é normal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave &quot;Domain name&quot; at openrainbow.com</source>
        <translation>Deixar &quot;Domain name&quot; em openrainbow.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX connects to Rainbow at this address: do not change it. If someone did, put openrainbow.com back.</source>
        <translation>O PBX liga-se ao Rainbow neste endereço: não o altere. Se alguém o alterou, volte a pôr openrainbow.com.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click Apply</source>
        <translation>Clicar em Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC sends the settings to the PBX.</source>
        <translation>O OMC envia as definições para o PBX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm with Yes</source>
        <translation>Confirmar com Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC asks before applying the settings: answer Yes.</source>
        <translation>O OMC pede confirmação antes de aplicar as definições: responda Yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for &quot;Connected&quot;</source>
        <translation>Aguardar por &quot;Connected&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status on the Cloud &gt; Rainbow page turns to Connected, and Rainbow then shows Running; this can take a few minutes. If it does not, check that the activation code was entered exactly, and that the PBX is allowed out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>O estado na página Cloud &gt; Rainbow passa a Connected e depois o Rainbow mostra Running; pode demorar alguns minutos. Caso contrário, verifique se o código de ativação foi introduzido exatamente e se o PBX pode sair em TCP 443 para openrainbow.com, *.openrainbow.com e openrainbow.io.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to configure on the PBX</source>
        <translation>Nada a configurar no PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock mode Rainbow is enabled on the PBX by default and its parameters fill in automatically: leave OMC&apos;s Cloud &gt; Rainbow page as it is.</source>
        <translation>No modo stock, o Rainbow está ativado por predefinição no PBX e os seus parâmetros são preenchidos automaticamente: deixe a página Cloud &gt; Rainbow do OMC como está.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power the PBX and cable it</source>
        <translation>Ligar o PBX à corrente e cablá-lo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the PBX is powered on and cabled to the customer&apos;s network, which must reach the internet.</source>
        <translation>Certifique-se de que o PBX está ligado e cablado à rede do cliente, que tem de ter acesso à internet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let the PBX out on TCP 443</source>
        <translation>Deixar o PBX sair em TCP 443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s firewall must allow outgoing TCP 443 from the PBX to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>A firewall do cliente tem de permitir TCP 443 de saída do PBX para openrainbow.com, *.openrainbow.com e openrainbow.io.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the web proxy in OMC, if the site has one</source>
        <translation>Configurar o proxy web no OMC, se o local tiver um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the site reaches the internet through a web proxy, enter it in OMC under Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; the proxy must let the PBX&apos;s secure WebSocket (WSS) through. Without a proxy there is nothing to do.</source>
        <translation>Se o local aceder à internet através de um proxy web, introduza-o no OMC em Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; o proxy tem de deixar passar o WebSocket seguro (WSS) do PBX. Sem proxy, não há nada a fazer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the PBX to connect</source>
        <translation>Aguardar que o PBX se ligue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow shows Running once the PBX is connected; this can take a few minutes.</source>
        <translation>O Rainbow mostra Running quando o PBX está ligado; pode demorar alguns minutos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check in OMC (Expert View &gt; Cloud &gt; Rainbow)</source>
        <translation>Verificar no OMC (Expert View &gt; Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with the values shown here: &quot;Rainbow enabled&quot; is ticked, &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot; both hold the fleet and installation references joined by a dash, and the status shows Connected. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Compare com os valores mostrados aqui: &quot;Rainbow enabled&quot; está marcado, &quot;Rainbow PABX-ID&quot; e &quot;Activation code&quot; contêm ambos as referências de frota e de instalação unidas por um hífen, e o estado mostra Connected. Depois de o PBX se ligar e receber a sua palavra-passe de início de sessão, o OMC põe &quot;Activation code&quot; a cinzento: é normal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &quot;Domain name&quot; to the value shown here</source>
        <extracomment>The domain step when the platform is not production: the domain is entered, not left.</extracomment>
        <translation>Definir &quot;Domain name&quot; com o valor mostrado aqui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX connects to the Rainbow platform chosen at this address. It is inferred from the server&apos;s address (only openrainbow.com is documented): if the PBX does not connect, check the value with ALE support.</source>
        <translation>O PBX liga-se à plataforma Rainbow escolhida neste endereço. É deduzido do endereço do servidor (só openrainbow.com está documentado): se o PBX não se ligar, confirme o valor com o suporte da ALE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>ID do equipamento: no modo BTCO, o Rainbow gera-o quando o PBX é registado; registe primeiro o PBX ou introduza o ID do equipamento que o Rainbow mostrou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Código de ativação: no modo BTCO, o Rainbow gera-o quando o PBX é registado; registe primeiro o PBX ou introduza o código de ativação que o Rainbow mostrou.</translation>
    </message>
    <message>
        <location filename="../installer_app/pbx/guided.py" line="+57"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: a lista de verificação do OMC apenas ativa o Rainbow; para o desativar, desmarque a caixa no OMC manualmente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: o valor a aplicar não é o ID do equipamento que a lista de verificação do OMC mostra; volte a criar a lista a partir da instalação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: o valor a aplicar não é o código que a lista de verificação do OMC mostra; volte a criar a lista a partir da instalação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: o valor a aplicar não é o domínio que a lista de verificação do OMC indica; outro domínio tem de ser introduzido à mão no OMC.</translation>
    </message>
</context>
<context>
    <name>PbxConfigPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_config.py" line="+48"/>
        <source>PBX configuration</source>
        <translation>Configuração do PBX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox PBX</source>
        <translation>PBX da sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Push the settings to the PBX</source>
        <translation>&amp;Enviar as definições para o PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the settings to the PBX</source>
        <translation>Enviar as definições para o PBX</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Values to enter in OMC</source>
        <translation>Valores a introduzir no OMC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In OMC</source>
        <translation>No OMC</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock mode: nothing to configure on the PBX; check these points.</source>
        <extracomment>The copy fields by step id (&quot;step/1&quot; for a step&apos;s second value, and so on). The step the next page watches (the PBX connecting): shown, never ticked by hand.</extracomment>
        <translation>Modo stock: nada a configurar no PBX; verifique estes pontos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the values in OMC (Expert View &gt; Cloud &gt; Rainbow), step by step.</source>
        <translation>Introduza os valores no OMC (Expert View &gt; Cloud &gt; Rainbow), passo a passo.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>✔ %1: the PBX reads Connected.</source>
        <translation>✔ %1: o PBX indica Connected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the next page watches this for you.</source>
        <translation>%1: a página seguinte vigia isto por si.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pushing…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied: Rainbow enabled, PABX-ID set; PBX connection: %1</source>
        <translation>Aplicado: Rainbow ativado, PABX-ID definido; ligação do PBX: %1</translation>
    </message>
</context>
<context>
    <name>PbxModePage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_mode.py" line="+16"/>
        <source>PBX and delivery mode</source>
        <translation>PBX e modo de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which PBX is it, and how did it reach the customer?</source>
        <translation>Que PBX é e como chegou ao cliente?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PBX model</source>
        <translation>Modelo do PBX</translation>
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
        <translation>Modo de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock mode</source>
        <translation>Modo stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX comes from your fleet with generic software: you type its fleet and installation references, and nothing needs configuring on the PBX.</source>
        <translation>O PBX vem da sua frota com software genérico: escreve as referências da frota e da instalação, e não é preciso configurar nada no PBX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;TCO (Build To Customer Order)</source>
        <translation>B&amp;TCO (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BTCO (Build To Customer Order) mode</source>
        <translation>Modo BTCO (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX was built to order: Rainbow generates its equipment id and activation code, which you then enter in OMC (Expert View &gt; Cloud &gt; Rainbow).</source>
        <translation>O PBX foi fabricado por encomenda: o Rainbow gera o ID do equipamento e o código de ativação, que depois introduz no OMC (Expert View &gt; Cloud &gt; Rainbow).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BTCO is not available for OXO Connect Evolution: use stock mode.</source>
        <translation>O BTCO não está disponível para o OXO Connect Evolution: utilize o modo stock.</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx.py" line="+45"/>
        <source>PBX on Rainbow</source>
        <translation>PBX no Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the PBX is named on Rainbow, and whether the WebRTC gateway is wanted.</source>
        <translation>Como o PBX se chama no Rainbow e se o gateway WebRTC é pretendido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX&apos;s name in the Rainbow portal, as the customer will see it.</source>
        <translation>O nome do PBX no portal do Rainbow, tal como o cliente o verá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server name:</source>
        <translation>&amp;Nome do servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server name problem</source>
        <translation>Problema com o nome do servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway</source>
        <translation>Gateway WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;WebRTC gateway is wanted</source>
        <translation>O gateway &amp;WebRTC é pretendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebRTC gateway is wanted</source>
        <translation>O gateway WebRTC é pretendido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway lets Rainbow users call through this PBX from a browser or the Rainbow application. It is activated in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is accepted; this program records the choice and puts that step in the report. It can also be done later.</source>
        <translation>O gateway permite aos utilizadores do Rainbow ligar através deste PBX a partir de um navegador ou da aplicação Rainbow. É ativado no portal de administração do Rainbow (Customer companies &gt; a empresa &gt; Communication &gt; Comm. Servers &gt; o servidor), onde se aceita o seu contrato de licença; este programa regista a escolha e inclui esse passo no relatório. Também pode ser feito mais tarde.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choice recorded on %1 UTC. Activate the gateway in the Rainbow admin portal.</source>
        <translation>Escolha registada em %1 UTC. Ative o gateway no portal de administração do Rainbow.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>e.g. %1 OXO</source>
        <translation>p. ex. %1 OXO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Head office OXO</source>
        <translation>p. ex. OXO Sede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (declared on Rainbow as type oxo)</source>
        <translation>%1 (registado no Rainbow com o tipo oxo)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>O nome do servidor não pode estar vazio: dê ao PBX o nome que tem no Rainbow.</translation>
    </message>
</context>
<context>
    <name>PbxWords</name>
    <message>
        <location filename="../installer_app/ui/support/pbx_words.py" line="+16"/>
        <source>%1 (this program&apos;s reading)</source>
        <extracomment>%1 is a PBX link state this program reads, e.g. &quot;Connecting&quot;; OMC does not show it.</extracomment>
        <translation>%1 (leitura deste programa)</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../installer_app/domain/portal.py" line="+25"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;).</source>
        <translation>No portal de administração do Rainbow este PBX está em Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, na lista de equipamentos (equipment list) como %2 (Server type &quot;OXO Connect&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;). Its Connection tab, &quot;Specify equipment ID and activation code&quot;, holds the joined fleet and installation references.</source>
        <translation>No portal de administração do Rainbow este PBX está em Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, na lista de equipamentos (equipment list) como %2 (Server type &quot;OXO Connect&quot;). O seu separador Connection, &quot;Specify equipment ID and activation code&quot;, contém as referências de frota e de instalação unidas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WebRTC gateway: chosen, but not activated by this program (no public Rainbow interface activates it). In the Rainbow admin portal open Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, activate the WebRTC gateway there and accept its licence agreement.</source>
        <translation>Gateway WebRTC: escolhido, mas não ativado por este programa (nenhuma interface pública do Rainbow o ativa). No portal de administração do Rainbow abra Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, ative aí o gateway WebRTC e aceite o seu contrato de licença.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation number %3: not sent to Rainbow (no public API field is known for it). Enter it in the Rainbow admin portal: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</source>
        <translation>Número da instalação %3: não enviado para o Rainbow (não se conhece nenhum campo público da API para ele). Introduza-o no portal de administração do Rainbow: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once the PBX is activated, Rainbow no longer returns its activation code: it cannot be read back. To get a new code, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): the PBX disconnects from Rainbow until the new code is entered in OMC.</source>
        <translation>Depois de o PBX estar ativado, o Rainbow deixa de devolver o seu código de ativação: já não pode ser lido. Para obter um novo código, use &quot;Reset connection&quot; no portal de administração do Rainbow (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): o PBX desliga-se do Rainbow até o novo código ser introduzido no OMC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent to Rainbow: no public API field is known for it. Enter it in the Rainbow admin portal&apos;s &quot;Dialing information&quot; of this server; the report reminds you.</source>
        <translation>Não enviado para o Rainbow: não se conhece nenhum campo público da API para ele. Introduza-o nas &quot;Dialing information&quot; deste servidor no portal de administração do Rainbow; o relatório lembra-o disso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This program cannot activate the gateway: no public Rainbow interface does. Your choice is recorded and shown in the report; activate the gateway in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is shown for you to accept.</source>
        <translation>Este programa não pode ativar o gateway: nenhuma interface pública do Rainbow o faz. A sua escolha é registada e aparece no relatório; ative o gateway no portal de administração do Rainbow (Customer companies &gt; a empresa &gt; Communication &gt; Comm. Servers &gt; o servidor), onde o seu contrato de licença lhe é apresentado para aceitar.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../installer_app/ui/widgets/preflight_panel.py" line="+71"/>
        <source>Chec&amp;k before declaring</source>
        <translation>Veri&amp;ficar antes de registar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check before declaring</source>
        <translation>Verificar antes de registar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Rainbow, without changing anything, whether the declaration would go through.</source>
        <translation>Perguntar ao Rainbow, sem alterar nada, se o registo seria aceite.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the &amp;request</source>
        <translation>Mostrar o pe&amp;dido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request the declaration would send</source>
        <translation>O pedido que o registo enviaria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the declaration would send to Rainbow, secrets masked:</source>
        <translation>O que o registo enviaria ao Rainbow, com os segredos ocultados:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complete the installation to check it.</source>
        <translation>Complete a instalação para a verificar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Rainbow to check.</source>
        <translation>Inicie sessão no Rainbow para verificar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking Rainbow (nothing is changed)…</source>
        <translation>A consultar o Rainbow (nada é alterado)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check cancelled.</source>
        <translation>Verificação cancelada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX on Rainbow</source>
        <translation>PBX no Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Regras de numeração</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The declaration would go through.</source>
        <translation>O registo seria aceite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The declaration would not go through: see the problems below.</source>
        <translation>O registo não seria aceite: veja os problemas abaixo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is already declared for this company: nothing would be sent.</source>
        <translation>O PBX já está registado para esta empresa: nada seria enviado.</translation>
    </message>
</context>
<context>
    <name>RainbowAccountForm</name>
    <message>
        <location filename="../installer_app/ui/widgets/rainbow_account_form.py" line="+56"/>
        <source>Rainbow server in use</source>
        <translation>Servidor Rainbow em utilização</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo account of the embedded sandbox: its login, password and application are filled in. Nothing you do here reaches the real Rainbow.</source>
        <translation>Conta de demonstração da sandbox integrada: o utilizador, a palavra-passe e a aplicação já estão preenchidos. Nada do que fizer aqui chega ao verdadeiro Rainbow.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rainbow server problem</source>
        <translation>Problema com o servidor Rainbow</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo account of the embedded sandbox: you changed its login or password. &lt;a href=&quot;#demo&quot;&gt;Fill in the demo account again&lt;/a&gt;.</source>
        <translation>Conta de demonstração da sandbox integrada: alterou o utilizador ou a palavra-passe. &lt;a href=&quot;#demo&quot;&gt;Preencher novamente a conta de demonstração&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rainbow admin account</source>
        <translation>Conta de administrador do Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow login (e-mail)</source>
        <translation>Utilizador do Rainbow (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login problem</source>
        <translation>Problema com o utilizador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow password</source>
        <translation>Palavra-passe do Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password problem</source>
        <translation>Problema com a palavra-passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember in the system keyring</source>
        <translation>Memori&amp;zar no porta-chaves do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Memorizar no porta-chaves do sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password and application secret are kept in the operating system&apos;s keyring (never in a file), for this server and login.</source>
        <translation>A palavra-passe e o segredo da aplicação são guardados no porta-chaves do sistema operativo (nunca num ficheiro), para este servidor e este utilizador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyring problem</source>
        <translation>Problema com o porta-chaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session &amp;only</source>
        <translation>Memorizar &amp;só nesta sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Memorizar só nesta sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in memory until the program closes, never written anywhere: type the password again at the next start.</source>
        <translation>Fica em memória até o programa fechar e nunca é escrita em lado nenhum: volte a escrever a palavra-passe no próximo arranque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Login (e-mail):</source>
        <translation>&amp;Utilizador (e-mail):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>Pa&amp;lavra-passe:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;dvanced: Rainbow application</source>
        <translation>Avança&amp;do: aplicação Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your account signs in through a Rainbow application (developers.openrainbow.com &gt; My applications). Otherwise leave both empty.</source>
        <translation>Apenas se a sua conta iniciar sessão através de uma aplicação Rainbow (developers.openrainbow.com &gt; My applications). Caso contrário, deixe ambos os campos vazios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application id</source>
        <translation>ID da aplicação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application secret</source>
        <translation>Segredo da aplicação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application problem</source>
        <translation>Problema com a aplicação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application &amp;id:</source>
        <translation>&amp;ID da aplicação:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application s&amp;ecret:</source>
        <translation>S&amp;egredo da aplicação:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in</source>
        <translation>Ini&amp;ciar sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow</source>
        <translation>Iniciar sessão no Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sign-in</source>
        <translation>C&amp;ancelar o início de sessão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in result</source>
        <translation>Resultado do início de sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring warning</source>
        <translation>Aviso do porta-chaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in problem</source>
        <translation>Problema no início de sessão</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Login: type the e-mail address of the admin account.</source>
        <translation>Utilizador: escreva o endereço de e-mail da conta de administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login: a Rainbow login is an e-mail address, e.g. name@partner.com.</source>
        <translation>Utilizador: um utilizador do Rainbow é um endereço de e-mail, p. ex. nome@parceiro.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: type the password of this account.</source>
        <translation>Palavra-passe: escreva a palavra-passe desta conta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application: type both the application id and its secret, or neither.</source>
        <translation>Aplicação: escreva o ID da aplicação e o respetivo segredo, ou nenhum dos dois.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="+97"/>
        <location line="+1"/>
        <source>&amp;Handover report…</source>
        <translation>&amp;Relatório de entrega…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the handover report</source>
        <translation>Redigir o relatório de entrega</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report needs a complete installation:</source>
        <translation>O relatório de entrega requer uma instalação completa:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report was saved to %1.</source>
        <translation>O relatório de entrega foi guardado em %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the handover report</source>
        <translation>Guardar o relatório de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover report</source>
        <translation>Relatório de entrega</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../installer_app/ui/support/report_pdf.py" line="+77"/>
        <source>Handover report – %1</source>
        <translation>Relatório de entrega – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No numbering rules: Rainbow&apos;s own analysis applies.</source>
        <translation>Sem regras de numeração: aplica-se a análise própria do Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pattern</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Substituição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX receives</source>
        <translation>O PBX recebe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no example</source>
        <translation>sem exemplo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(rule %1 applies first)</source>
        <translation>(a regra %1 aplica-se primeiro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blocks)</source>
        <translation>(bloqueia)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No status change recorded yet.</source>
        <translation>Ainda não foi registada nenhuma mudança de estado.</translation>
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
        <translation>PBX</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Nothing.</source>
        <translation>Nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chosen: to activate in the Rainbow admin portal (see below)</source>
        <translation>escolhido: a ativar no portal de administração do Rainbow (ver abaixo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen</source>
        <translation>não escolhido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not sent to Rainbow: enter it in the portal&apos;s Dialing information</source>
        <translation>não enviado para o Rainbow: introduza-o nas Dialing information do portal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known yet (generated by Rainbow at declaration)</source>
        <translation>ainda desconhecido (gerado pelo Rainbow no registo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>não utilizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(name not recorded)</source>
        <translation>(nome não registado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer company</source>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Modo de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>Gateway WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Servidor Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>ID do equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Código de ativação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialing</source>
        <translation>Marcação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Prefixo nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Prefixo internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Prefixo de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Número da instalação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbering rules</source>
        <translation>Regras de numeração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do in the Rainbow admin portal</source>
        <translation>A fazer no portal de administração do Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PBX (OMC)</source>
        <translation>PBX (OMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow system</source>
        <translation>Sistema Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Registado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX configured</source>
        <translation>PBX configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified (Running and Connected)</source>
        <translation>Verificado (Running e Connected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Handover report</source>
        <translation>Relatório de entrega</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 on Rainbow, for %2.</source>
        <translation>%1 no Rainbow, para %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="-112"/>
        <source>Handover report</source>
        <translation>Relatório de entrega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, as the customer knows you</source>
        <translation>O seu nome, tal como o cliente o conhece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technician:</source>
        <translation>&amp;Técnico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the activation code in the report</source>
        <translation>&amp;Mostrar o código de ativação no relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the activation code in the report</source>
        <translation>Mostrar o código de ativação no relatório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masked by default: the report is usually handed to the customer.</source>
        <translation>Oculto por predefinição: o relatório é normalmente entregue ao cliente.</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../installer_app/ui/widgets/rule_tester.py" line="+39"/>
        <source>Tester</source>
        <extracomment>Longest number the tester accepts.</extracomment>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number to test</source>
        <translation>Número a testar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number as a Rainbow user dials it (up to %1 characters)</source>
        <translation>Um número tal como um utilizador do Rainbow o marca (até %1 carateres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test a number:</source>
        <translation>&amp;Testar um número:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a number to see what the PBX receives.</source>
        <translation>Escreva um número para ver o que o PBX recebe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule %1 matched → blocked: the call is not placed.</source>
        <translation>Aplica-se a regra %1 → bloqueado: a chamada não é efetuada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 matched → %2</source>
        <translation>Aplica-se a regra %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rule matched: default analysis → %1</source>
        <translation>Nenhuma regra se aplica: análise predefinida → %1</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../installer_app/ui/widgets/rules_table.py" line="+46"/>
        <source>Pattern</source>
        <extracomment>Which column shows which Rainbow field.</extracomment>
        <translation>Padrão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replacement</source>
        <translation>Substituição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/settings_dialog.py" line="+74"/>
        <source>Settings</source>
        <extracomment>QSettings key: path of the custom CA bundle (PEM); absent when none. QSettings key of the interface language (shared with the &quot;Language…&quot; entry); next start.</extracomment>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clipboard</source>
        <translation>Área de transferência</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear copied activation codes from the clipboard after 60 s</source>
        <translation>&amp;Limpar da área de transferência os códigos de ativação copiados após 60 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear copied activation codes from the clipboard after 60 seconds</source>
        <translation>Limpar da área de transferência os códigos de ativação copiados após 60 segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the clipboard still holds the code: anything copied since stays.</source>
        <translation>Apenas se a área de transferência ainda contiver o código: o que tiver sido copiado depois mantém-se.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only on networks whose proxy or antivirus inspects TLS: the PEM file of its CA certificate (ask the network administrator). It is trusted in addition to the usual authorities, from the next sign-in.</source>
        <translation>Apenas em redes cujo proxy ou antivírus inspeciona o TLS: o ficheiro PEM do respetivo certificado de CA (peça-o ao administrador da rede). É considerado fidedigno, além das autoridades habituais, a partir do próximo início de sessão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom CA bundle file</source>
        <translation>Ficheiro de CA personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the usual authorities only</source>
        <translation>Nenhum: apenas as autoridades habituais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA bundle file</source>
        <translation>Escolher o ficheiro de CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA bundle problem</source>
        <translation>Problema com o ficheiro de CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;CA bundle (PEM):</source>
        <translation>Ficheiro de &amp;CA personalizado (PEM):</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies the next time the program starts.</source>
        <translation>Aplica-se da próxima vez que o programa for iniciado.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CA certificate of the proxy</source>
        <translation>Certificado de CA do proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;ettings…</source>
        <translation>Definiçõe&amp;s…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../installer_app/ui/pages/sign_in.py" line="+67"/>
        <source>Sign in to Rainbow</source>
        <extracomment>QSettings keys (followed by the server address, percent-encoded): non-secret values only.</extracomment>
        <translation>Iniciar sessão no Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the business-partner admin account that manages the customer company.</source>
        <translation>Utilize a conta de administrador do Business Partner que gere a empresa cliente.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rainbow server in use: %1</source>
        <translation>Servidor Rainbow em utilização: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing in to Rainbow: wait, or press Cancel.</source>
        <translation>A iniciar sessão no Rainbow: aguarde ou prima Cancelar.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Password taken from the environment (INSTALLER_APP_PASSWORD).</source>
        <translation>Palavra-passe obtida do ambiente (INSTALLER_APP_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password filled in from the system keyring.</source>
        <translation>Palavra-passe preenchida a partir do porta-chaves do sistema.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick &quot;Remember for this session only&quot; to keep the password in memory until the program closes; it is never written to a file.</source>
        <translation>Marque «Memorizar só nesta sessão» para manter a palavra-passe em memória até o programa fechar; nunca é escrita num ficheiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring cannot be used on this computer.</source>
        <translation>O porta-chaves do sistema não pode ser utilizado neste computador.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remembered for this session only, in memory: never written anywhere.</source>
        <translation>Memorizada só nesta sessão, em memória: nunca é escrita em lado nenhum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out: the account changed. Press Sign in again.</source>
        <translation>Sessão terminada: a conta mudou. Prima novamente Iniciar sessão.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign-in cancelled.</source>
        <translation>Início de sessão cancelado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in failed unexpectedly: %1</source>
        <translation>O início de sessão falhou inesperadamente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address; the details are in the log.</source>
        <translation>Verifique o endereço do servidor; os detalhes estão no registo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Sessão iniciada como %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing in to %1…</source>
        <translation>A iniciar sessão em %1…</translation>
    </message>
</context>
<context>
    <name>SiteChooser</name>
    <message>
        <location filename="../installer_app/ui/widgets/site_chooser.py" line="+65"/>
        <source>Site problem</source>
        <translation>Problema com o local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;y again</source>
        <translation>Tentar n&amp;ovamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the sites again</source>
        <translation>Voltar a ler os locais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site of the PBX</source>
        <translation>Local do PBX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;te:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cre&amp;ate a site named:</source>
        <translation>Criar um local c&amp;hamado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a site</source>
        <translation>Criar um local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the site to create</source>
        <translation>Nome do local a criar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the sites of %1…</source>
        <translation>A ler os locais de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site: %1 (the company&apos;s only site, chosen automatically).</source>
        <translation>Local: %1 (o único local da empresa, escolhido automaticamente).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the site…</source>
        <translation>Escolha o local…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has %2 sites: choose the one the PBX belongs to.</source>
        <translation>%1 tem %2 locais: escolha aquele a que o PBX pertence.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no site on Rainbow yet, and a PBX must belong to a site. The site is created when the PBX is declared.</source>
        <translation>%1 ainda não tem nenhum local no Rainbow, e um PBX tem de pertencer a um local. O local é criado quando o PBX é registado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sites of %1 could not be read.</source>
        <translation>Não foi possível ler os locais de %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wait: the sites of %1 are being read.</source>
        <translation>Aguarde: os locais de %1 estão a ser lidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sites of %1 could not be read: press Try again.</source>
        <translation>Não foi possível ler os locais de %1: prima Tentar novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: choose the site of %1 the PBX belongs to.</source>
        <translation>Local: escolha o local de %1 a que o PBX pertence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site: %1 has no site; tick &apos;Create a site named&apos; or create one in the Rainbow admin portal (Customer companies &gt; %1).</source>
        <translation>Local: %1 não tem nenhum local; marque «Criar um local chamado» ou crie um no portal de administração do Rainbow (Customer companies &gt; %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: type the name of the site to create.</source>
        <translation>Local: escreva o nome do local a criar.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../installer_app/ui/pages/start.py" line="+34"/>
        <source>Welcome</source>
        <translation>Bem-vindo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associate an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow.</source>
        <translation>Associe um PBX OXO Connect ou OXO Connect Evolution a uma empresa cliente no Rainbow.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do you want to do?</source>
        <extracomment>Asks for a protected file&apos;s passphrase; tests replace it.</extracomment>
        <translation>O que pretende fazer?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w installation</source>
        <translation>&amp;Nova instalação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New installation</source>
        <translation>Nova instalação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an installation file…</source>
        <translation>Abrir um &amp;ficheiro de instalação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Open an installation file</source>
        <translation>Abrir um ficheiro de instalação</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Prepare o&amp;ffline (no Rainbow sign-in now)</source>
        <translation>Preparar off&amp;line (sem iniciar sessão no Rainbow agora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare offline</source>
        <translation>Preparar offline</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Servidor Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedded sandbox (training)</source>
        <translation>Sandbox integrada (formação)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (openrainbow.com)</source>
        <translation>Produção (openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rainbow sandbox (sandbox.openrainbow.com)</source>
        <translation>Sandbox do Rainbow (sandbox.openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address…</source>
        <translation>Endereço personalizado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom Rainbow server address</source>
        <translation>Endereço personalizado do servidor Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the Rainbow server&apos;s address, starting with https://.</source>
        <translation>Escreva o endereço do servidor Rainbow, começando por https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow server in use: %1</source>
        <translation>Servidor Rainbow em utilização: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OMC &quot;Domain name&quot; for this server: %1 (inferred from its address: only openrainbow.com is documented).</source>
        <translation>&quot;Domain name&quot; do OMC para este servidor: %1 (deduzido do seu endereço: só openrainbow.com está documentado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OMC &quot;Domain name&quot; for this server: %1.</source>
        <translation>&quot;Domain name&quot; do OMC para este servidor: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Protected installation file</source>
        <translation>Ficheiro de instalação protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase protecting %1:</source>
        <translation>Frase-passe que protege %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installation files (*.json);;All files (*)</source>
        <translation>Ficheiros de instalação (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the installation file</source>
        <translation>Não é possível abrir o ficheiro de instalação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened %1</source>
        <translation>Aberto: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../installer_app/ui/pages/base.py" line="+54"/>
        <source>Why Next is disabled</source>
        <extracomment>The focus of a check box or a radio button, plain to see: the style&apos;s dotted rectangle around the text alone was too faint. A transparent border keeps the size when the focus moves.</extracomment>
        <translation>Porque é que Próximo está desativado</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../installer_app/ui/pages/summary.py" line="+44"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything once more. Each part links back to its page.</source>
        <translation>Verifique tudo mais uma vez. Cada parte tem uma ligação para a sua página.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save installation file…</source>
        <extracomment>Every Change button, top to bottom (two rows may lead to one step).</extracomment>
        <translation>&amp;Guardar o ficheiro de instalação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Save installation file</source>
        <translation>Guardar o ficheiro de instalação</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Protect the equipment id and activation code with a passphrase</source>
        <translation>Pro&amp;teger o ID do equipamento e o código de ativação com uma frase-passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger com uma frase-passe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Declare on Rainbow</source>
        <translation>&amp;Registar no Rainbow</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change</source>
        <extracomment>Asks where to save, and a new passphrase; tests replace them.</extracomment>
        <translation>Alterar</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Installation number: not given</source>
        <translation>Número de instalação: não indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number: %1 (not sent to Rainbow: enter it in the portal&apos;s &quot;Dialing information&quot;)</source>
        <translation>Número de instalação: %1 (não enviado ao Rainbow: introduza-o em «Dialing information» no portal)</translation>
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
        <translation>não escolhido</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Equipment id and activation code: %1</source>
        <translation>ID do equipamento e código de ativação: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment id: %1 (activation code recorded)</source>
        <translation>ID do equipamento: %1 (código de ativação guardado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated by Rainbow at declaration</source>
        <translation>Gerados pelo Rainbow no registo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not used</source>
        <translation>não utilizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; national %2, international %3, outbound %4</source>
        <translation>%1; nacional %2, internacional %3, saída %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(blocked)</source>
        <translation>(bloqueado)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>none (Rainbow&apos;s default analysis)</source>
        <translation>nenhuma (análise predefinida do Rainbow)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Change: %1</source>
        <translation>Alterar: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Rainbow id %1)</source>
        <translation>(id do Rainbow %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: %1</source>
        <translation>Local: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1, created at declaration</source>
        <translation>Local: %1, criado na declaração</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: chosen at declaration</source>
        <translation>Local: escolhido na declaração</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>WebRTC gateway wanted: to activate in the Rainbow admin portal</source>
        <translation>Gateway WebRTC pretendido: a ativar no portal de administração do Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebRTC gateway not wanted</source>
        <translation>Gateway WebRTC não pretendido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Servidor Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialing</source>
        <translation>Marcação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Regras de numeração</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to do: save the installation file, then sign in and declare on Rainbow (from the office or on site), configure the PBX and check both statuses.</source>
        <translation>Falta fazer: guardar o ficheiro de instalação; depois, iniciar sessão e registar no Rainbow (a partir do escritório ou no local), configurar o PBX e verificar ambos os estados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already declared on Rainbow: declaring again reuses the same system.</source>
        <translation>Já registado no Rainbow: registar novamente reutiliza o mesmo sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: declare the PBX on Rainbow, then configure the PBX.</source>
        <translation>A seguir: registe o PBX no Rainbow e depois configure o PBX.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation files (*.json)</source>
        <translation>Ficheiros de instalação (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The installation file cannot be saved yet:</source>
        <translation>O ficheiro de instalação ainda não pode ser guardado:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved to %1</source>
        <translation>Guardado em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(protected by a passphrase)</source>
        <translation>(protegido por uma frase-passe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Protect the installation file</source>
        <translation>Proteger o ficheiro de instalação</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Nova frase-passe (pelo menos 8 carateres):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same passphrase again:</source>
        <translation>A mesma frase-passe outra vez:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ: nothing was saved.</source>
        <translation>As duas frases-passe são diferentes: nada foi guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation file</source>
        <translation>Ficheiro de instalação</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../installer_app/ui/dialogs/errors.py" line="+35"/>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your input is kept; you can go on or save the installation file.</source>
        <translation>Ocorreu um problema que o programa não esperava. Os dados introduzidos foram mantidos; pode continuar ou guardar o ficheiro de instalação.</translation>
    </message>
</context>
<context>
    <name>UnrecordedCredentialsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/unrecorded_credentials.py" line="+34"/>
        <source>Copy the credentials now</source>
        <translation>Copie agora as credenciais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2

Copy the equipment id and activation code now and enter them in OMC &gt; Cloud &gt; Rainbow. Then save the installation to a folder you may write to and declare again: the declaration is found and recorded.</source>
        <translation>O PBX está registado no Rainbow (sistema %1), mas o ficheiro de instalação não pode ser escrito: %2

Copie agora o identificador de equipamento e o código de ativação e introduza-os no OMC &gt; Cloud &gt; Rainbow. Depois guarde a instalação numa pasta onde possa escrever e registe novamente: o registo é encontrado e guardado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Equipment id (PABX-ID):</source>
        <translation>ID do equipamento (PABX-ID):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation code:</source>
        <translation>Código de ativação:</translation>
    </message>
</context>
</TS>
