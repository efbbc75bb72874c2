<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
        <translation>Icono del programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associates an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow, configures both sides and checks them until Rainbow shows the PBX Running and the PBX shows Connected.</source>
        <translation>Asocia una centralita OXO Connect u OXO Connect Evolution a una empresa cliente en Rainbow, configura ambos lados y los comprueba hasta que Rainbow muestra la centralita Running y la centralita muestra Connected.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Libraries included and their licences:</source>
        <translation>&amp;Bibliotecas incluidas y sus licencias:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libraries included and their licences</source>
        <translation>Bibliotecas incluidas y sus licencias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, e.g. for support</source>
        <translation>Copiar las versiones y licencias, p. ej. para el soporte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of libraries is not available in this installation.</source>
        <translation>La lista de bibliotecas no está disponible en esta instalación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;About…</source>
        <translation>A&amp;cerca de…</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/batch_dialog.py" line="+58"/>
        <source>Prepare installation files from a spreadsheet</source>
        <translation>Preparar archivos de instalación a partir de una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One installation file per row of a CSV file (columns company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; optional prefixes and installation_number). Nothing is written while a row is wrong.</source>
        <translation>Un archivo de instalación por fila de un archivo CSV (columnas company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; opcionales: los prefijos e installation_number). No se escribe nada mientras una fila tenga errores.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;CSV file:</source>
        <extracomment>Ask for files and folders; tests replace them.</extracomment>
        <translation>Archivo &amp;CSV:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Numbering rules (optional):</source>
        <translation>Reglas de &amp;numeración (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Numbering rules file</source>
        <translation>Archivo de reglas de numeración</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Keep the valid rows even when others are wrong</source>
        <translation>Conservar las filas &amp;válidas aunque otras tengan errores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the valid rows</source>
        <translation>Conservar las filas válidas</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Problems and files written</source>
        <translation>Problemas y archivos escritos</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Examinar: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the CSV file and the output folder.</source>
        <translation>Elija el archivo CSV y la carpeta de salida.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was prepared:</source>
        <translation>No se ha preparado nada:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 installation files written to %2.</source>
        <translation>%1 archivos de instalación escritos en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files written to %2; the rows listed below were left out.</source>
        <translation>%1 archivos escritos en %2; las filas indicadas abajo se han omitido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to %2: correct the rows listed below and try again.</source>
        <translation>No se ha escrito nada en %2: corrija las filas indicadas abajo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prepare a &amp;batch from CSV…</source>
        <translation>Preparar un lo&amp;te desde CSV…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../installer_app/ui/widgets/busy_indicator.py" line="+35"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running step</source>
        <translation>Cancelar el paso en curso</translation>
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
        <translation>La empresa cliente en Rainbow y la sede a la que pertenecerá la centralita.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Part of the company name, e.g. bou</source>
        <translation>Parte del nombre de la empresa, p. ej. bou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customer companies by name</source>
        <translation>Buscar empresas cliente por nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company search problem</source>
        <translation>Problema en la búsqueda de empresas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen company</source>
        <translation>Empresa elegida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer company (offline: typed in)</source>
        <translation>Empresa cliente (sin conexión: escrita a mano)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline there is no search: copy the company&apos;s id and name from the Rainbow admin portal (Customer companies). The site is chosen when the PBX is declared.</source>
        <translation>Sin conexión no hay búsqueda: copie el ID y el nombre de la empresa desde el portal de administración de Rainbow (Customer companies). La sede se elige al declarar la centralita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company id</source>
        <translation>ID de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id problem</source>
        <translation>Problema con el ID de la empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;id:</source>
        <translation>&amp;ID de la empresa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company n&amp;ame:</source>
        <translation>Nombr&amp;e de la empresa:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not signed in to Rainbow.</source>
        <translation>No ha iniciado sesión en Rainbow.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back and sign in first.</source>
        <translation>Vuelva atrás e inicie sesión primero.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No customer company matches “%1”.</source>
        <translation>Ninguna empresa cliente coincide con «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type fewer letters, or check the spelling.</source>
        <translation>Escriba menos letras o compruebe la ortografía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your business partner has no customer company on Rainbow yet.</source>
        <translation>Su Business Partner aún no tiene ninguna empresa cliente en Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching customer companies…</source>
        <translation>Buscando empresas cliente…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No company chosen yet: search, then choose.</source>
        <translation>Aún no ha elegido ninguna empresa: busque y luego elija.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 (Rainbow id %3)</source>
        <translation>%1 — %2 (ID de Rainbow %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Rainbow id %2)</source>
        <translation>%1 (ID de Rainbow %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Company id: Rainbow ids are 24 characters 0–9 and a–f; check that the whole id was copied.</source>
        <translation>ID de la empresa: los ID de Rainbow tienen 24 caracteres 0–9 y a–f; compruebe que se ha copiado el ID completo.</translation>
    </message>
</context>
<context>
    <name>CompanyResults</name>
    <message>
        <location filename="../installer_app/ui/widgets/company_results.py" line="+55"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer companies found</source>
        <translation>Empresas cliente encontradas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compan&amp;ies:</source>
        <translation>Em&amp;presas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ Página ante&amp;rior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page of companies</source>
        <translation>Página anterior de empresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pa&amp;ge ▶</source>
        <translation>Página si&amp;guiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page of companies</source>
        <translation>Página siguiente de empresas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rainbow id: %1</source>
        <translation>ID de Rainbow: %1</translation>
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
        <translation>Isla de la Ascensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
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
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Islas Aland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Brunéi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Caribe neerlandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Islas Cocos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo (Democratic Republic)</source>
        <translation>República Democrática del Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
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
        <translation>Curazao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Sáhara Occidental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Islas Malvinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabón</translation>
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
        <translation>Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
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
        <translation>Groenlandia</translation>
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
        <translation>Guadalupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Islas Georgia del Sur y Sandwich del Sur</translation>
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
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
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
        <translation>Isla de Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
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
        <translation>Jordania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
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
        <translation>Santa Lucía</translation>
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
        <translation>Lesoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>San Martín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
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
        <translation>Mauricio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
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
        <translation>Países Bajos</translation>
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
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>San Pedro y Miquelón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Islas Pitcairn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
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
        <translation>Palaos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Santa Elena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
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
        <translation>Surinam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>Santo Tomé y Príncipe</translation>
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
        <translation>Siria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tristan da Cunha</source>
        <translation>Tristán de Acuña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks and Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Territorios Australes Franceses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
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
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Islas menores alejadas de EE. UU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican City</source>
        <translation>Ciudad del Vaticano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, British</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Islas Vírgenes de EE. UU.</translation>
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
        <translation>Wallis y Futuna</translation>
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
        <translation>Yemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../installer_app/ui/pages/credentials.py" line="+52"/>
        <source>PBX credentials</source>
        <translation>Credenciales de la centralita</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>References of the stock PBX</source>
        <translation>Referencias de la centralita de stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the references from the PBX&apos;s fleet list. A whole reference such as %1, pasted into either field, is split into both.</source>
        <translation>Escriba las referencias de la lista de flota de la centralita. Una referencia completa como %1, pegada en cualquiera de los dos campos, se reparte entre ambos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;leet reference:</source>
        <translation>Referencia de f&amp;lota:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fleet reference</source>
        <translation>Referencia de flota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installation reference:</source>
        <translation>Referencia de &amp;instalación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Referencia de instalación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acce&amp;pt references that do not match the usual shape</source>
        <translation>Acepta&amp;r referencias que no tienen la forma habitual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept references that do not match the usual shape</source>
        <translation>Aceptar referencias que no tienen la forma habitual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only when the reference on the PBX&apos;s paperwork really differs from the usual shape; Rainbow must then know the PBX by exactly this reference.</source>
        <translation>Solo si la referencia de la documentación de la centralita difiere realmente de la forma habitual; Rainbow debe conocer entonces la centralita exactamente por esta referencia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 problem</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What Rainbow will store</source>
        <translation>Lo que Rainbow guardará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id:</source>
        <translation>ID de equipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Código de activación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once both references are valid</source>
        <translation>Se muestra cuando ambas referencias son válidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stock mode both are the two references joined by a dash. Nothing needs entering on the PBX: it connects with them by itself.</source>
        <translation>En modo stock, ambos son las dos referencias unidas por un guion. No hay que introducir nada en la centralita: se conecta con ellas por sí sola.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The fleet and installation references of the stock PBX.</source>
        <translation>Las referencias de flota y de instalación de la centralita de stock.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dashboard.py" line="+54"/>
        <source>Dashboard</source>
        <extracomment>The diagnosis&apos; colour per severity, on a light and on a dark window (a high-contrast theme).</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides, live, until Rainbow shows Running and the PBX Connected.</source>
        <translation>Ambos lados, en directo, hasta que Rainbow muestre Running y la centralita Connected.</translation>
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
        <translation>Canales:</translation>
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
        <translation>Centralita (OMC: Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow enabled:</source>
        <translation>Rainbow activado:</translation>
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
        <translation>Leyendo ambos lados…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Refresh now</source>
        <translation>Actualiza&amp;r ahora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of status changes</source>
        <translation>Cronología de los cambios de estado</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Next refresh in under a second</source>
        <translation>Próxima actualización en menos de un segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next refresh in %1 s</source>
        <translation>Próxima actualización en %1 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>No declarada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read in OMC</source>
        <translation>Consultar en OMC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not active</source>
        <translation>no activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As Rainbow reports it (hasMediaPillar)</source>
        <translation>Según lo indica Rainbow (hasMediaPillar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rainbow says: %1</source>
        <translation>Rainbow indica: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PBX</source>
        <translation>Centralita</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../installer_app/ui/pages/declaration.py" line="+41"/>
        <source>Declaration on Rainbow</source>
        <translation>Declaración en Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX is declared for the customer company. It is never declared twice.</source>
        <translation>La centralita se declara para la empresa cliente. Nunca se declara dos veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to Rainbow</source>
        <translation>Sesión iniciada en Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company and site</source>
        <translation>Empresa cliente y sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the PBX is not declared yet</source>
        <translation>Comprobando que la centralita aún no está declarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaring the PBX</source>
        <translation>Declarando la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the declaration back</source>
        <translation>Releyendo la declaración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declaration in progress</source>
        <translation>Declaración en curso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Declare again</source>
        <translation>&amp;Declarar de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take over this declaration…</source>
        <extracomment>Shown with the &quot;already declared&quot; message: takes that declaration over, once confirmed.</extracomment>
        <translation>A&amp;sumir esta declaración…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Equipment id (PABX-ID):</source>
        <extracomment>Asks whether to reuse an existing declaration; tests replace it.</extracomment>
        <translation>ID de equipo (PABX-ID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Código de activación:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by Rainbow: to copy into OMC</source>
        <translation>Generados por Rainbow: para copiar en OMC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next page shows where each value goes in OMC (Expert View &gt; Cloud &gt; Rainbow), with the same copy buttons. This program keeps both: in its draft until Finish, and in the installation file when there is one. If the activation code is ever lost, &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) makes a new one: the PBX stays disconnected until it is entered in OMC.</source>
        <translation>La página siguiente indica dónde va cada valor en OMC (Expert View &gt; Cloud &gt; Rainbow), con los mismos botones de copia. Este programa conserva ambos: en su borrador hasta que pulse Finalizar, y en el archivo de instalación si lo hay. Si alguna vez se pierde el código de activación, &quot;Reset connection&quot; en el portal de administración de Rainbow (Customer companies &gt; la empresa &gt; Communication &gt; Comm. Servers &gt; el servidor) genera uno nuevo: la centralita sigue desconectada hasta que se introduzca en OMC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored on Rainbow</source>
        <translation>Guardados en Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stock mode both are the fleet and installation references joined by a dash: nothing needs entering on the PBX.</source>
        <translation>En modo stock, ambos son las referencias de flota e instalación unidas por un guion: no hay que introducir nada en la centralita.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <source>Declared on Rainbow (system %1).</source>
        <translation>Declarada en Rainbow (sistema %1).</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The declaration is in progress.</source>
        <translation>La declaración está en curso.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Declaring…</source>
        <translation>Declarando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. If the declaration had reached Rainbow, declaring again finds it: the PBX is never declared twice.</source>
        <translation>Cancelado. Si la declaración llegó a Rainbow, al declarar de nuevo se encuentra: la centralita nunca se declara dos veces.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found the declaration an interrupted attempt sent (system %1): it is used.</source>
        <translation>Se ha encontrado la declaración que envió un intento interrumpido (sistema %1): se utiliza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PBX was already declared: the existing declaration is used.</source>
        <translation>Esta centralita ya estaba declarada: se usa la declaración existente.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Take over the declaration</source>
        <translation>Asumir la declaración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over the declaration found on Rainbow for this PBX? Do it only if you know it is this PBX&apos;s: its equipment id and activation code become this installation&apos;s.</source>
        <translation>¿Asumir la declaración encontrada en Rainbow para esta centralita? Hágalo solo si sabe que es la de esta centralita: su identificador de equipo y su código de activación pasan a ser los de esta instalación.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already declared</source>
        <translation>Ya declarada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PBX is already declared for this company as &apos;%1&apos;. Use it?</source>
        <translation>Esta centralita ya está declarada para esta empresa como «%1». ¿Usarla?</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../installer_app/domain/diagnosis_texts.py" line="+21"/>
        <source>The PBX is connected to Rainbow and Rainbow shows Running.</source>
        <translation>La centralita está conectada a Rainbow y Rainbow muestra Running.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PBX is not declared on Rainbow, or its status on Rainbow cannot be read.</source>
        <translation>La centralita no está declarada en Rainbow, o no se puede leer su estado en Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare the PBX on Rainbow; if it is declared, check the connection to Rainbow and sign in again.</source>
        <translation>Declare la centralita en Rainbow; si ya está declarada, compruebe la conexión con Rainbow y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The equipment id on Rainbow is not the joined fleet and installation references of this PBX.</source>
        <translation>El ID de equipo en Rainbow no es la unión de las referencias de flota y de instalación de esta centralita.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the joined fleet and installation references.</source>
        <translation>El &quot;Rainbow PABX-ID&quot; de la centralita no es la unión de las referencias de flota y de instalación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither Rainbow&apos;s equipment id nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; is the joined fleet and installation references.</source>
        <translation>Ni el ID de equipo de Rainbow ni el &quot;Rainbow PABX-ID&quot; de la centralita son la unión de las referencias de flota y de instalación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the equipment id declared on Rainbow.</source>
        <translation>El &quot;Rainbow PABX-ID&quot; de la centralita no es el ID de equipo declarado en Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the PBX: in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Corrija la centralita: en OMC, Expert View &gt; Cloud &gt; Rainbow, introduzca &quot;Rainbow PABX-ID&quot; exactamente como lo muestra Rainbow, pulse Apply y confirme con Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The equipment id recorded in the installation is not the one declared on Rainbow.</source>
        <translation>El ID de equipo guardado en la instalación no es el declarado en Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow&apos;s equipment id is the reference: fetch the credentials from Rainbow again and use that one.</source>
        <translation>El ID de equipo de Rainbow es el válido: vuelva a obtener las credenciales de Rainbow y use ese.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither the installation nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; holds the equipment id declared on Rainbow.</source>
        <translation>Ni la instalación ni el &quot;Rainbow PABX-ID&quot; de la centralita contienen el ID de equipo declarado en Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch the credentials from Rainbow again, then in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Vuelva a obtener las credenciales de Rainbow; después, en OMC, Expert View &gt; Cloud &gt; Rainbow, introduzca &quot;Rainbow PABX-ID&quot; exactamente como lo muestra Rainbow, pulse Apply y confirme con Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rainbow refused the PBX&apos;s connection: the activation code on the PBX does not match.</source>
        <translation>Rainbow rechazó la conexión de la centralita: el código de activación de la centralita no coincide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rainbow refused the PBX&apos;s connection: in stock mode the activation code is the joined fleet and installation references, and the PBX&apos;s do not match Rainbow&apos;s.</source>
        <translation>Rainbow rechazó la conexión de la centralita: en modo stock el código de activación es la unión de las referencias de flota y de instalación, y las de la centralita no coinciden con las de Rainbow.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Nothing left to do: hand over the installation report. In OMC the &quot;Activation code&quot; field is now greyed out: the PBX has connected and received its login password, as expected.</source>
        <translation>No queda nada por hacer: entregue el informe de instalación. En OMC el campo &quot;Activation code&quot; aparece ahora en gris: la centralita se ha conectado y ha recibido su contraseña de inicio de sesión, como es de esperar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rainbow sent a status or a value this version of the program does not know, so the PBX&apos;s state cannot be told for sure; it is shown as Rainbow sent it.</source>
        <translation>Rainbow ha enviado un estado o un valor que esta versión del programa no conoce, por lo que el estado de la centralita no puede determinarse con certeza; se muestra tal como lo envió Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the PBX&apos;s status in the Rainbow admin portal, and send the diagnostics file to support so that the next version knows this value.</source>
        <translation>Compruebe el estado de la centralita en el portal de administración de Rainbow y envíe el archivo de diagnóstico al soporte para que la próxima versión conozca este valor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix Rainbow: its equipment id must be the fleet reference, a dash, and the installation reference that identify this PBX in your fleet list. In the Rainbow admin portal: Customer companies &gt; the company &gt; Communication &gt; Comm. Servers, the server in the equipment list, Connection tab, &quot;Specify equipment ID and activation code&quot;.</source>
        <translation>Corrija Rainbow: su ID de equipo debe ser la referencia de flota, un guion y la referencia de instalación que identifican esta centralita en la lista de su flota. En el portal de administración de Rainbow: Customer companies &gt; la empresa &gt; Communication &gt; Comm. Servers, el servidor en la lista de equipos (equipment list), pestaña Connection, &quot;Specify equipment ID and activation code&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check that the references are those that identify this PBX in your fleet list. If they are, fix the PBX: in OMC &gt; Cloud &gt; Rainbow correct &quot;Rainbow PABX-ID&quot;, Apply and confirm Yes.</source>
        <translation>Compruebe que las referencias son las que identifican esta centralita en la lista de su flota. Si lo son, corrija la centralita: en OMC &gt; Cloud &gt; Rainbow corrija &quot;Rainbow PABX-ID&quot;, pulse Apply y confirme con Yes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the references against your fleet list, then fix both sides: the equipment id on Rainbow, and &quot;Rainbow PABX-ID&quot; in OMC &gt; Cloud &gt; Rainbow (Apply, confirm Yes).</source>
        <translation>Compruebe las referencias con la lista de su flota y corrija los dos lados: el ID de equipo en Rainbow y &quot;Rainbow PABX-ID&quot; en OMC &gt; Cloud &gt; Rainbow (Apply, confirme con Yes).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Re-enter the activation code in OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirm Yes). If it cannot be read back from Rainbow any more, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) and enter the new code: the PBX stays disconnected until then.</source>
        <translation>Vuelva a introducir el código de activación en OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirme con Yes). Si ya no se puede leer en Rainbow, use &quot;Reset connection&quot; en el portal de administración de Rainbow (Customer companies &gt; la empresa &gt; Communication &gt; Comm. Servers &gt; el servidor) e introduzca el nuevo código: hasta entonces la centralita sigue desconectada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the references in your fleet list against Rainbow&apos;s equipment id; then re-enter the activation code in OMC, or reset the connection on Rainbow and use the new code.</source>
        <translation>Compare las referencias de la lista de su flota con el ID de equipo de Rainbow; luego vuelva a introducir el código de activación en OMC, o restablezca la conexión en Rainbow y use el nuevo código.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Rainbow is not enabled on the PBX.</source>
        <translation>Rainbow no está activado en la centralita.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow: tick &quot;Rainbow enabled&quot;, enter &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;, Apply and confirm Yes.</source>
        <translation>En OMC, Expert View &gt; Cloud &gt; Rainbow: marque &quot;Rainbow enabled&quot;, introduzca &quot;Rainbow PABX-ID&quot; y &quot;Activation code&quot;, pulse Apply y confirme con Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In stock mode Rainbow is enabled by default: in OMC, Expert View &gt; Cloud &gt; Rainbow, tick &quot;Rainbow enabled&quot; again, Apply and confirm Yes.</source>
        <translation>En modo stock, Rainbow está activado por defecto: en OMC, Expert View &gt; Cloud &gt; Rainbow, vuelva a marcar &quot;Rainbow enabled&quot;, pulse Apply y confirme con Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activation code is entered on the PBX.</source>
        <translation>No hay ningún código de activación introducido en la centralita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Activation code&quot; exactly as Rainbow gave it, Apply and confirm Yes.</source>
        <translation>En OMC, Expert View &gt; Cloud &gt; Rainbow, introduzca &quot;Activation code&quot; exactamente como lo dio Rainbow, pulse Apply y confirme con Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Rainbow is waiting for the PBX&apos;s first connection; the PBX side is not done yet.</source>
        <translation>Rainbow espera la primera conexión de la centralita; el lado de la centralita aún no está terminado.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Follow the OMC checklist and confirm each step.</source>
        <translation>Siga la lista de comprobación de OMC y confirme cada paso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is configured on a stock PBX: make sure it is powered, cabled and allowed out on TCP 443, then confirm the checklist.</source>
        <translation>En una centralita de stock no se configura nada: asegúrese de que está alimentada, cableada y autorizada a salir por TCP 443, y confirme la lista de comprobación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow no está activado en la centralita, o esta no puede salir por TCP 443 (cortafuegos o proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in OMC &gt; Cloud &gt; Rainbow that &quot;Rainbow enabled&quot; is ticked with the right &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;; check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io, and the web proxy in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</source>
        <translation>Compruebe en OMC &gt; Cloud &gt; Rainbow que &quot;Rainbow enabled&quot; está marcado con el &quot;Rainbow PABX-ID&quot; y el &quot;Activation code&quot; correctos; compruebe que el cortafuegos deja salir la centralita por TCP 443 hacia openrainbow.com, *.openrainbow.com y openrainbow.io, y el proxy web en OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rainbow is enabled on the PBX but it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow está activado en la centralita, pero esta no puede salir por TCP 443 (cortafuegos o proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io; if the site uses a web proxy, set it in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) and make sure it lets WSS through.</source>
        <translation>Compruebe que el cortafuegos deja salir la centralita por TCP 443 hacia openrainbow.com, *.openrainbow.com y openrainbow.io; si la sede usa un proxy web, configúrelo en OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) y asegúrese de que deja pasar WSS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PBX is connecting to Rainbow.</source>
        <translation>La centralita se está conectando a Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: Rainbow shows Running once it accepts the connection.</source>
        <translation>Espere: Rainbow muestra Running en cuanto acepta la conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX reports Connected but Rainbow does not show it yet.</source>
        <translation>La centralita indica Connected, pero Rainbow aún no lo muestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for Rainbow&apos;s next status reading. A greyed-out &quot;Activation code&quot; in OMC is expected: the PBX has connected and received its login password.</source>
        <translation>Espere a la próxima lectura de estado de Rainbow. Un &quot;Activation code&quot; en gris en OMC es normal: la centralita se ha conectado y ha recibido su contraseña de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link between the PBX and Rainbow was lost; the PBX reconnects by itself.</source>
        <translation>Se perdió el enlace entre la centralita y Rainbow; la centralita se vuelve a conectar sola.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Wait a few minutes. If it does not come back, check the site&apos;s internet access and that the firewall and web proxy still let the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Espere unos minutos. Si no se restablece, compruebe el acceso a internet de la sede y que el cortafuegos y el proxy web siguen dejando salir la centralita por TCP 443 hacia openrainbow.com, *.openrainbow.com y openrainbow.io.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rainbow shows the PBX activated but not connected now: its link was lost, or it is being restored.</source>
        <translation>Rainbow muestra la centralita activada pero ahora no conectada: su enlace se perdió o se está restableciendo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PBX is reconnecting to Rainbow after losing its link.</source>
        <translation>La centralita se está volviendo a conectar a Rainbow tras perder su enlace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; if it is not back within a few minutes, check the network (TCP 443, web proxy).</source>
        <translation>Espere; si no se restablece en unos minutos, compruebe la red (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is connected to Rainbow but one of its channels is down (Rainbow shows Degraded).</source>
        <translation>La centralita está conectada a Rainbow, pero uno de sus canales no funciona (Rainbow muestra Degraded).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is often short-lived: wait a few minutes. If it lasts, check the network between the PBX and Rainbow (TCP 443, web proxy).</source>
        <translation>Suele ser pasajero: espere unos minutos. Si persiste, compruebe la red entre la centralita y Rainbow (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow shows the PBX connected but the PBX reports another state: the two readings were not taken at the same moment.</source>
        <translation>Rainbow muestra la centralita conectada, pero la centralita indica otro estado: las dos lecturas no se hicieron en el mismo momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for the next readings; if they keep disagreeing, look at the PBX&apos;s Cloud &gt; Rainbow page in OMC.</source>
        <translation>Espere a las próximas lecturas; si siguen sin coincidir, consulte la página Cloud &gt; Rainbow de la centralita en OMC.</translation>
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
        <translation>Comprueba la conexión de este equipo con %1, puerto %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network check steps</source>
        <translation>Pasos de la comprobación de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check the network</source>
        <translation>&amp;Comprobar la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network to Rainbow</source>
        <translation>Comprobar la red hacia Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ancel check</source>
        <translation>C&amp;ancelar la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics result</source>
        <translation>Resultado del diagnóstico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Guardar el diagnóstico…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a diagnostics file for support</source>
        <translation>Guardar un archivo de diagnóstico para el soporte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every step passed.</source>
        <translation>Todos los pasos se han superado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried</source>
        <translation>No probado</translation>
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
        <translation>Comprobando la red…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save diagnostics</source>
        <translation>Guardar el diagnóstico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diagnostics saved to %1. Send this file to support.</source>
        <translation>Diagnóstico guardado en %1. Envíe este archivo al soporte.</translation>
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
        <translation>Marcación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Rainbow turns the numbers users dial into canonical (E.164) numbers: the portal&apos;s &quot;Dialing information&quot;.</source>
        <translation>Cómo convierte Rainbow los números que marcan los usuarios en números canónicos (E.164): la &quot;Dialing information&quot; del portal.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 problem</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and prefixes</source>
        <translation>País y prefijos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country problem</source>
        <translation>Problema con el país</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the country comes from</source>
        <translation>De dónde viene el país</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>National prefix</source>
        <translation>Prefijo nacional</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>N&amp;ational prefix:</source>
        <translation>Prefijo na&amp;cional:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>International prefix</source>
        <translation>Prefijo internacional</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>In&amp;ternational prefix:</source>
        <translation>Prefijo in&amp;ternacional:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+156"/>
        <source>Outbound prefix</source>
        <translation>Prefijo de salida</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Use the outbound prefix</source>
        <translation>&amp;Usar el prefijo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Usar el prefijo de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digits the PBX needs before an external number, often 0.</source>
        <translation>Los dígitos que la centralita necesita antes de un número externo, a menudo 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Outbound prefix:</source>
        <translation>Prefijo de sa&amp;lida:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Installation number</source>
        <translation>Número de la instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s main number</source>
        <translation>El número principal del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number problem</source>
        <translation>Problema con el número de la instalación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Installation number:</source>
        <translation>Número de la &amp;instalación:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number as a Rainbow user dials it</source>
        <translation>Número tal como lo marca un usuario de Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number to see its canonical form</source>
        <translation>Escriba un número para ver su forma canónica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number as a Rainbow user &amp;dials it:</source>
        <translation>Número tal como lo marca un usuario &amp;de Rainbow:</translation>
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
        <translation>El número de la instalación solo puede contener dígitos (0-9), opcionalmente tras un + inicial.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the customer company&apos;s country on Rainbow.</source>
        <translation>Según el país de la empresa cliente en Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the site&apos;s country on Rainbow.</source>
        <translation>Según el país de la sede en Rainbow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this computer&apos;s region: Rainbow gives no country for the customer.</source>
        <translation>Según la región de este ordenador: Rainbow no indica ningún país para el cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A default: neither Rainbow nor this computer names a country.</source>
        <translation>Un valor por defecto: ni Rainbow ni este ordenador indican un país.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Country: “%1” is not in the list; type part of the name and choose it.</source>
        <translation>País: «%1» no está en la lista; escriba parte del nombre y elíjalo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country: choose the installation&apos;s country.</source>
        <translation>País: elija el país de la instalación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1: solo puede contener dígitos (0-9).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbound prefix: type it, or untick “Use the outbound prefix”.</source>
        <translation>Prefijo de salida: escríbalo o desmarque «Usar el prefijo de salida».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number as a Rainbow user would dial it, e.g. a national number.</source>
        <translation>Escriba un número tal como lo marcaría un usuario de Rainbow, p. ej. un número nacional.</translation>
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
        <translation>Número no válido</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../installer_app/ui/support/domain_text.py" line="+65"/>
        <source>BTCO is not available for OXO Connect Evolution: choose stock mode.</source>
        <translation>BTCO no está disponible para OXO Connect Evolution: elija el modo stock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the customer company&apos;s Rainbow id.</source>
        <translation>Escriba el ID de Rainbow de la empresa cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer company.</source>
        <translation>Elija la empresa cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>El nombre del servidor no puede estar vacío: ponga a la centralita el nombre que tiene en Rainbow.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Sign in with the business partner&apos;s admin account.</source>
        <extracomment>Whole messages and terms (field labels, shapes) put into templates.</extracomment>
        <translation>Inicie sesión con la cuenta de administrador del Business Partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure keyring is available on this computer to remember the password.</source>
        <translation>No hay ningún llavero seguro disponible en este equipo para recordar la contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked, so the saved Rainbow password cannot be used.</source>
        <translation>El llavero del sistema está bloqueado, así que no se puede usar la contraseña de Rainbow guardada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused to store the Rainbow password.</source>
        <translation>El llavero se negó a guardar la contraseña de Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password at each sign-in, or install/unlock the system keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet).</source>
        <translation>Escriba la contraseña en cada inicio de sesión, o instale/desbloquee el llavero del sistema (Administrador de credenciales de Windows, Llavero de macOS, GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock the keyring (log in to the desktop session) and try again, or type the password.</source>
        <translation>Desbloquee el llavero (inicie la sesión de escritorio) y vuelva a intentarlo, o escriba la contraseña.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record the WebRTC gateway choice, or untick the gateway.</source>
        <translation>Registre la elección de la pasarela WebRTC, o desmarque la pasarela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the country of the installation.</source>
        <translation>Elija el país de la instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix: type it, or untick &apos;Use the outbound prefix&apos;.</source>
        <translation>Prefijo de salida: escríbalo o desmarque «Usar el prefijo de salida».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installation number must contain digits only (0-9), optionally after a +.</source>
        <translation>El número de la instalación solo puede contener dígitos (0-9), opcionalmente tras un +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to Rainbow first.</source>
        <translation>Inicie sesión en Rainbow primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare the PBX first.</source>
        <translation>Declare primero la centralita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm every step of the PBX configuration.</source>
        <translation>Confirme cada paso de la configuración de la centralita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference</source>
        <translation>Referencia de flota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Referencia de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Prefijo nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Prefijo internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Prefijo de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference is required.</source>
        <translation>La referencia de flota es obligatoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference is required.</source>
        <translation>La referencia de instalación es obligatoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 8 letters followed by 1 to 6 digits</source>
        <translation>de 2 a 8 letras seguidas de 1 a 6 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 digits, a dot, 4 digits, a dot, 2 digits</source>
        <translation>4 dígitos, un punto, 4 dígitos, un punto, 2 dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number does not start with a known country calling code.</source>
        <translation>El número no empieza por un prefijo de país conocido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too short for its country: a digit is probably missing.</source>
        <translation>El número es demasiado corto para su país: probablemente falta un dígito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is too long for its country: check the digits and prefixes.</source>
        <translation>El número es demasiado largo para su país: compruebe los dígitos y los prefijos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number has a length its country does not use: check the digits.</source>
        <translation>El número tiene una longitud que su país no usa: compruebe los dígitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the +.</source>
        <translation>El número está incompleto: no hay nada después del +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the international prefix.</source>
        <translation>El número está incompleto: no hay nada después del prefijo internacional.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the national prefix.</source>
        <translation>El número está incompleto: no hay nada después del prefijo nacional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the country.</source>
        <translation>El número está incompleto: no hay nada después del prefijo del país.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number: type a number to see how it is dialed.</source>
        <translation>Número: escriba un número para ver cómo se marca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: type the digits after the +.</source>
        <translation>El número está incompleto: escriba los dígitos después del +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number may contain only digits and a leading +; spaces, dots, dashes and parentheses are ignored.</source>
        <translation>El número solo puede contener dígitos y un + inicial; se ignoran los espacios, puntos, guiones y paréntesis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International number</source>
        <translation>Número internacional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty; enter a regular expression, for example ^0321.</source>
        <translation>vacío; introduzca una expresión regular, por ejemplo ^0321.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats a group that itself repeats or has alternatives, such as (0*)* or (0|00)+, which can take minutes to test one number; write the repetition once, e.g. [0-9]+ or (0|00).</source>
        <translation>repite un grupo que se repite a su vez o tiene alternativas, como (0*)* o (0|00)+, y probar un solo número puede tardar minutos; escriba la repetición una sola vez, p. ej. [0-9]+ o (0|00).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nests its parentheses too deeply; simplify it.</source>
        <translation>anida demasiados paréntesis; simplifíquelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was dialled.</source>
        <translation>No se ha marcado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule matches.</source>
        <translation>No se aplica ninguna regla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no rules.</source>
        <translation>No hay reglas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number</source>
        <translation>un número internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a national number</source>
        <translation>un número nacional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login: %1 is not a business-partner admin on Rainbow, so it cannot manage customer companies.</source>
        <extracomment>Messages with values in them; ``%1``, ``%2``... match any text and are translated in turn.</extracomment>
        <translation>Usuario: %1 no es administrador de Business Partner en Rainbow, por lo que no puede gestionar empresas cliente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required in stock mode.</source>
        <translation>%1: obligatoria en modo stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have the expected shape: %2, e.g. %3. Check it; if the real reference differs from this shape, use the override.</source>
        <translation>%1: no tiene la forma esperada, %2, p. ej. %3. Compruébela; si la referencia real difiere de esta forma, use la excepción.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet reference cannot contain a dash: the dash separates it from the installation reference, e.g. %1.</source>
        <translation>La referencia de flota no puede contener un guion: el guion la separa de la referencia de instalación, p. ej. %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference is required, e.g. %1.</source>
        <translation>La referencia es obligatoria, p. ej. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference must be the fleet reference and the installation reference joined by a dash, e.g. %1.</source>
        <translation>La referencia debe ser la referencia de flota y la referencia de instalación unidas por un guion, p. ej. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1: solo puede contener dígitos (0-9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too long: a public number has at most %1 digits.</source>
        <translation>El número es demasiado largo: un número público tiene como máximo %1 dígitos.</translation>
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
        <translation>Número sin prefijo nacional, leído como número nacional (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number (1 to %1 digits without prefix): the PBX routes it as is; it has no canonical form.</source>
        <translation>Número interno (de 1 a %1 dígitos sin prefijo): la centralita lo encamina tal cual; no tiene forma canónica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country: %1 is not a known country code; choose a country from the list.</source>
        <translation>País: %1 no es un código de país conocido; elija un país de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, pattern: %2</source>
        <translation>Regla %1, patrón: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, replacement: %2</source>
        <translation>Regla %1, sustitución: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, description: contains a line break or control character; keep it on one line.</source>
        <translation>Regla %1, descripción: contiene un salto de línea o un carácter de control; escríbala en una sola línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, description: %2</source>
        <translation>Regla %1, descripción: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the control character(s) %1 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>contiene el o los caracteres de control %1 (secuencias de escape, saltos de línea y similares), que un nombre o una descripción nunca necesita; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats %1 times, but a phone number has at most %2 digits; use smaller counts, e.g. [0-9]{1,15}.</source>
        <translation>repite %1 veces, pero un número de teléfono tiene como máximo %2 dígitos; use cantidades menores, p. ej. [0-9]{1,15}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters, over Rainbow&apos;s limit of %2; shorten it.</source>
        <translation>%1 caracteres, por encima del límite de %2 de Rainbow; acórtelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid regular expression (%1); check its brackets, parentheses and backslashes.</source>
        <translation>no es una expresión regular válida (%1); compruebe sus corchetes, paréntesis y barras invertidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; escape a literal [ or - inside brackets with \.</source>
        <translation>%1; entre corchetes, escape un [ o un - literal con \.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not support \d; written with %1 instead it is %2 characters, over the limit of %3; shorten it.</source>
        <translation>Rainbow no admite \d; escrito con %1 tiene %2 caracteres, por encima del límite de %3; acórtelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow does not support \d; it will be sent as %1.</source>
        <translation>Rainbow no admite \d; se enviará como %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write %1 instead of %2 to use a group.</source>
        <translation>escriba %1 en lugar de %2 para usar un grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not supported and would be sent as is; put the part you want in parentheses and write $1.</source>
        <translation>%1 no se admite y se enviaría tal cual; ponga entre paréntesis la parte que desee y escriba $1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has no group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 hace referencia al grupo %2, pero el patrón no tiene ningún grupo entre paréntesis; añada paréntesis al patrón o cambie el número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 hace referencia al grupo %2, pero el patrón solo tiene %3 grupo entre paréntesis; añada paréntesis al patrón o cambie el número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 groups in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 hace referencia al grupo %2, pero el patrón solo tiene %3 grupos entre paréntesis; añada paréntesis al patrón o cambie el número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains %1, which a phone cannot dial; use digits, * # +, and $1 to $9 for groups.</source>
        <translation>contiene %1, que un teléfono no puede marcar; use dígitos, * # + y de $1 a $9 para los grupos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 numbering rules: Rainbow accepts at most %2; remove or merge %3.</source>
        <translation>%1 reglas de numeración: Rainbow acepta como máximo %2; elimine o combine %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as rule %1, so it never applies; remove it or change one of them.</source>
        <translation>igual que la regla %1, por lo que nunca se aplica; elimínela o cambie una de las dos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow would refuse this list: more than %1 rules.</source>
        <translation>Rainbow rechazaría esta lista: más de %1 reglas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 was skipped: it has an error.</source>
        <translation>Se ha omitido la regla %1: tiene un error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the call is blocked.</source>
        <translation>Se aplica %1: la llamada se bloquea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the PBX receives %2.</source>
        <translation>Se aplica %1: la centralita recibe %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 &quot;%2&quot; (%3 → %4)</source>
        <translation>la regla %1 «%2» (%3 → %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 (%2 → %3)</source>
        <translation>la regla %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow adds no outbound prefix after a rule: if this number leaves the PBX, write the outbound prefix %1 into the replacement.</source>
        <translation>Rainbow no añade ningún prefijo de salida después de una regla: si este número sale de la centralita, escriba el prefijo de salida %1 en la sustitución.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow treats it as an internal number: the PBX receives %1.</source>
        <translation>Rainbow lo trata como un número interno: la centralita recibe %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not recognise it: the PBX receives %1 as dialled.</source>
        <translation>Rainbow no lo reconoce: la centralita recibe %1 tal como se marcó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow treats it as %1 and adds the outbound prefix %2: the PBX receives %3.</source>
        <translation>Rainbow lo trata como %1 y añade el prefijo de salida %2: la centralita recibe %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow treats it as %1: the PBX receives %2.</source>
        <translation>Rainbow lo trata como %1: la centralita recibe %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number (+ becomes %1)</source>
        <translation>un número internacional (el + pasa a ser %1)</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_local.py" line="+19"/>
        <source>If it is this PBX&apos;s declaration, take it over (&apos;declare --adopt&apos; on the command line, &apos;Take over…&apos; in the wizard); otherwise delete it in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers) before declaring again, or choose another server name.</source>
        <translation>Si es la declaración de esta centralita, asúmala («declare --adopt» en la línea de comandos, «Asumir esta declaración…» en el asistente); si no, elimínela en el portal de administración de Rainbow (Customer companies &gt; la empresa &gt; Communication &gt; Comm. Servers) antes de volver a declarar, o elija otro nombre de servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The declaration was sent, but whether Rainbow recorded it is unknown: Rainbow could not be reached to check.</source>
        <translation>La declaración se envió, pero no se sabe si Rainbow la registró: no se pudo contactar con Rainbow para comprobarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the network is back, run the declaration again: it looks for an existing declaration first and never creates a second one.</source>
        <translation>Cuando vuelva la red, ejecute de nuevo la declaración: primero busca una declaración existente y nunca crea una segunda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refuses this PBX to your account.</source>
        <translation>Rainbow deniega a su cuenta el acceso a esta centralita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, either another business partner has declared this PBX (ask them, or ALE support, to release it), or the company is not one of your customers on Rainbow (sign in with the business-partner admin account that manages it).</source>
        <translation>Compruebe el ID de equipo (las referencias de flota y de instalación que identifican esta centralita en la lista de su flota). Si es correcto, o bien otro Business Partner ha declarado esta centralita (pídale a él, o al soporte de ALE, que la libere), o bien la empresa no es uno de sus clientes en Rainbow (inicie sesión con la cuenta de administrador del Business Partner que la gestiona).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This equipment id is already declared on Rainbow, where your account cannot see it.</source>
        <translation>Este ID de equipo ya está declarado en Rainbow, donde su cuenta no puede verlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, it was declared by another business partner (or by an account with other rights): ask them, or ALE support, to release it.</source>
        <translation>Compruebe el ID de equipo (las referencias de flota y de instalación que identifican esta centralita en la lista de su flota). Si es correcto, lo declaró otro Business Partner (o una cuenta con otros permisos): pídale a él, o al soporte de ALE, que lo libere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PBX is already declared on Rainbow for another customer company.</source>
        <translation>Esta centralita ya está declarada en Rainbow para otra empresa cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, this PBX was declared for another company: check the chosen company, or delete the old declaration in the Rainbow admin portal (Customer companies &gt; that company &gt; Communication &gt; Comm. Servers) first.</source>
        <translation>Compruebe el ID de equipo (las referencias de flota y de instalación que identifican esta centralita en la lista de su flota). Si es correcto, esta centralita se declaró para otra empresa: compruebe la empresa elegida, o elimine primero la declaración antigua en el portal de administración de Rainbow (Customer companies &gt; esa empresa &gt; Communication &gt; Comm. Servers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several PBXs with this name are already declared on this site.</source>
        <translation>En esta sede ya hay varias centralitas declaradas con este nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the extra ones in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers), or choose another name.</source>
        <translation>Elimine las sobrantes en el portal de administración de Rainbow (Customer companies &gt; la empresa &gt; Communication &gt; Comm. Servers), o elija otro nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site the PBX belongs to (--site-id on the command line).</source>
        <translation>Elija la sede a la que pertenece la centralita (--site-id en la línea de comandos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has no site on Rainbow, and a PBX must belong to a site.</source>
        <translation>La empresa cliente no tiene ninguna sede en Rainbow, y una centralita debe pertenecer a una sede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agree to create one (--create-site on the command line), or create it in the Rainbow admin portal (Customer companies &gt; the company).</source>
        <translation>Acepte crear una (--create-site en la línea de comandos), o créela en el portal de administración de Rainbow (Customer companies &gt; la empresa).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the company&apos;s Rainbow id (company.id in the installation file): it must be one of your customer companies, and it may have been deleted in the Rainbow admin portal.</source>
        <translation>Compruebe el ID de Rainbow de la empresa (company.id en el archivo de instalación): debe ser una de sus empresas cliente, y puede que se haya eliminado en el portal de administración de Rainbow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment id is not known yet: declare the PBX on Rainbow first.</source>
        <translation>El ID de equipo aún no se conoce: declare primero la centralita en Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activation code is not known yet: declare the PBX on Rainbow first.</source>
        <translation>El código de activación aún no se conoce: declare primero la centralita en Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let it end (or close the program running it), then run the declaration again: it finds what the other one declared.</source>
        <translation>Deje que termine (o cierre el programa que la ejecuta) y vuelva a ejecutar la declaración: encuentra lo que declaró la otra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the equipment id and activation code shown now (enter them in OMC &gt; Cloud &gt; Rainbow). Then make the file writable (free some space, or copy it to a folder you may write to) and declare it again: the declaration is found and recorded.</source>
        <translation>Copie el ID de equipo y el código de activación que se muestran ahora (introdúzcalos en OMC &gt; Cloud &gt; Rainbow). Después haga que el archivo se pueda escribir (libere espacio, o cópielo en una carpeta en la que pueda escribir) y vuelva a declararlo: la declaración se encuentra y se registra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was declared. Make the file writable (free some space, or copy it to a folder you may write to), then declare it again.</source>
        <translation>No se declaró nada. Haga que el archivo se pueda escribir (libere espacio, o cópielo en una carpeta en la que pueda escribir) y vuelva a declararlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free some space or choose a folder you may write to, then run again: what was done on Rainbow is found again and reused.</source>
        <translation>Libere espacio o elija una carpeta en la que pueda escribir y vuelva a ejecutar: lo que se hizo en Rainbow se vuelve a encontrar y se reutiliza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the equipment id and the company; reuse or delete the existing declaration in the Rainbow admin portal first.</source>
        <translation>Compruebe el ID de equipo y la empresa; reutilice o elimine primero la declaración existente en el portal de administración de Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account signed in is not a business-partner admin.</source>
        <translation>La cuenta con la sesión iniciada no es administrador de Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the company chosen in the installation, or sign in with the account of the business partner that manages it.</source>
        <translation>Compruebe la empresa elegida en la instalación, o inicie sesión con la cuenta del Business Partner que la gestiona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of the company&apos;s sites (--site-id on the command line).</source>
        <translation>Elija una de las sedes de la empresa (--site-id en la línea de comandos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the site is known.</source>
        <translation>Se comprueba cuando se conozca la sede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site is new: no system of this name can exist on it.</source>
        <translation>La sede es nueva: no puede existir en ella ningún sistema con este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The equipment id is free: a new system would be declared.</source>
        <translation>El ID de equipo está libre: se declararía un sistema nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system of this name on the site: a new one would be declared.</source>
        <translation>No hay ningún sistema con este nombre en la sede: se declararía uno nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the country of the installation; Rainbow lists the countries it accepts (GET /systems/countries).</source>
        <translation>Compruebe el país de la instalación; Rainbow indica los países que acepta (GET /systems/countries).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by another business partner</source>
        <translation>por otro Business Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for another customer company</source>
        <translation>para otra empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several times on this site</source>
        <translation>varias veces en esta sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installation file must contain a JSON object.</source>
        <translation>Un archivo de instalación debe contener un objeto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema_version is missing: this is not an installation file, or it was damaged.</source>
        <translation>Falta schema_version: no es un archivo de instalación, o está dañado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery mode: BTCO is not available for OXO Connect Evolution; use stock mode for this PBX.</source>
        <translation>Modo de entrega: BTCO no está disponible para OXO Connect Evolution; use el modo stock para esta centralita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow server must be a web address such as https://openrainbow.com.</source>
        <translation>El servidor de Rainbow debe ser una dirección web como https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound prefix: &apos;Use the outbound prefix&apos; is ticked but no prefix is given.</source>
        <translation>Prefijo de salida: «Usar el prefijo de salida» está marcado, pero no se indica ningún prefijo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway: confirm the choice (licence_accepted) before enabling it; the licence itself is accepted in the Rainbow admin portal.</source>
        <translation>Pasarela WebRTC: confirme la elección (licence_accepted) antes de activarla; la licencia en sí se acepta en el portal de administración de Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PBX model</source>
        <translation>Modelo de centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Modo de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Servidor de Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id</source>
        <translation>ID de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>Pasarela WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>ID de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Número de la instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Reglas de numeración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Usar el prefijo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference override</source>
        <translation>Excepción de referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder (e.g. the Desktop or Documents).</source>
        <translation>Elija otra carpeta (p. ej. el Escritorio o Documentos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>No declarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected by a passphrase: open it in the wizard to see its credentials.</source>
        <translation>Protegido con una frase de contraseña: ábralo en el asistente para ver sus credenciales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>El archivo no se puede leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase holds bytes that are not text in UTF-8 (as set in the environment or typed on a terminal with another encoding); set it again in plain text.</source>
        <translation>La frase de contraseña contiene bytes que no son texto UTF-8 (tal como se definió en el entorno o se escribió en un terminal con otra codificación); vuelva a introducirla como texto normal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is empty: give one to protect the file.</source>
        <translation>La frase de contraseña está vacía: indique una para proteger el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong, or the protected part does not belong to this file (it was copied from another file, or the PBX model, mode, company, server name or Rainbow server was edited outside the program). Nothing was changed.</source>
        <translation>La frase de contraseña es incorrecta, o la parte protegida no pertenece a este archivo (se copió de otro archivo, o el modelo de centralita, el modo, la empresa, el nombre del servidor o el servidor de Rainbow se modificaron fuera del programa). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PBX is already declared on Rainbow for this company as &apos;%1&apos;.</source>
        <translation>Esta centralita ya está declarada en Rainbow para esta empresa como «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has %1 sites: %2.</source>
        <translation>La empresa cliente tiene %1 sedes: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know the customer company %1.</source>
        <translation>Rainbow no conoce la empresa cliente %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another declaration of this PBX is running on this computer and did not end in time. %1</source>
        <translation>Otra declaración de esta centralita está en curso en este equipo y no terminó a tiempo. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was declared. Free some space, or set %1 to a folder you may write to, then run again.</source>
        <translation>No se declaró nada. Libere espacio, o defina %1 como una carpeta en la que pueda escribir, y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2</source>
        <translation>La centralita está declarada en Rainbow (sistema %1), pero el archivo de instalación no se puede escribir: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PBX is already declared on Rainbow %1.</source>
        <translation>Esta centralita ya está declarada en Rainbow %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for this company as &apos;%1&apos;</source>
        <translation>para esta empresa como «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1, a business-partner admin.</source>
        <translation>Sesión iniciada como %1, administrador de Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer company %1 is not one of this business partner&apos;s customers on Rainbow.</source>
        <translation>La empresa cliente %1 no es uno de los clientes de este Business Partner en Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, a customer of this business partner.</source>
        <translation>%1, cliente de este Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site %1 of the installation is not a site of this company.</source>
        <translation>La sede %1 de la instalación no es una sede de esta empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the company&apos;s only site).</source>
        <translation>%1 (la única sede de la empresa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: the site &apos;%1&apos; would be created.</source>
        <translation>Ninguna todavía: se crearía la sede «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already declared for this company as &apos;%1&apos;: declaring would reuse it and send nothing.</source>
        <translation>Ya declarada para esta empresa como «%1»: la declaración la reutilizaría sin enviar nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow accepts the country %1 for a PBX.</source>
        <translation>Rainbow acepta el país %1 para una centralita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not accept the country %1 for a PBX.</source>
        <translation>Rainbow no acepta el país %1 para una centralita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 numbering rule(s), within Rainbow&apos;s limits (at most %2 rules, patterns of at most %3 characters).</source>
        <translation>%1 regla(s) de numeración, dentro de los límites de Rainbow (como máximo %2 reglas, patrones de como máximo %3 caracteres).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than %2: it is not an installation file (they are a few kilobytes); check the file name.</source>
        <translation>%1 ocupa más de %2: no es un archivo de instalación (ocupan unos pocos kilobytes); compruebe el nombre del archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not an installation file.</source>
        <translation>%1 es una carpeta, no un archivo de instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: permission denied.</source>
        <translation>El archivo %1 no se puede leer: permiso denegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>El archivo %1 no se puede leer: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be written: %2.</source>
        <translation>El archivo %1 no se puede escribir: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a text file in UTF-8: is it really an installation file?</source>
        <translation>%1 no es un archivo de texto en UTF-8: ¿es realmente un archivo de instalación?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 no es JSON válido: %2 en la línea %3, columna %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests its values too deeply to be an installation file; check the file name, or restore the file from a copy.</source>
        <translation>%1 anida sus valores a demasiada profundidad para ser un archivo de instalación; compruebe el nombre del archivo, o restaure el archivo desde una copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds a number of thousands of digits; an installation file has no such number: check the file name, or restore the file from a copy.</source>
        <translation>%1 contiene un número de miles de dígitos; un archivo de instalación no tiene números así: compruebe el nombre del archivo, o restaure el archivo desde una copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is protected by a passphrase: its equipment id and activation code (and stock references) open only with it.</source>
        <translation>%1 está protegido con una frase de contraseña: su ID de equipo y su código de activación (y las referencias stock) solo se abren con ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase must have at least %1 characters; a few words are easier to remember and harder to guess.</source>
        <translation>La frase de contraseña debe tener al menos %1 caracteres; unas cuantas palabras son más fáciles de recordar y más difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protected part of the file is damaged (%1); use an intact copy of the file.</source>
        <translation>La parte protegida del archivo está dañada (%1); use una copia intacta del archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is written in clear text in a protected file; remove the value (it is kept protected) or unprotect the file first.</source>
        <translation>%1 está escrito en claro en un archivo protegido; elimine el valor (se conserva protegido) o quite primero la protección del archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required but missing.</source>
        <translation>%1: falta un valor obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a field of an installation file; remove it.</source>
        <translation>%1: no es un campo de un archivo de instalación; elimínelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the value %2; expected one of: %3.</source>
        <translation>%1 tiene el valor %2; se espera uno de: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be text, in double quotes.</source>
        <translation>%1 debe ser texto, entre comillas dobles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country is required: use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>El país es obligatorio: use un código ISO de dos letras como FR, DE o GB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be true or false, without quotes.</source>
        <translation>%1 debe ser true o false, sin comillas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON object, in braces { }.</source>
        <translation>%1 debe ser un objeto JSON, entre llaves { }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON list, in brackets [ ].</source>
        <translation>%1 debe ser una lista JSON, entre corchetes [ ].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a date and time such as 2026-01-31T09:30:00Z.</source>
        <translation>%1 debe ser una fecha y hora como 2026-01-31T09:30:00Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be valid JSON.</source>
        <translation>%1 debe ser JSON válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is longer than %2 characters; shorten it.</source>
        <translation>%1 supera los %2 caracteres; acórtelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a value of the wrong kind; compare it with a file the program wrote, or enter it again in the wizard.</source>
        <translation>%1 tiene un valor de un tipo incorrecto; compárelo con un archivo escrito por el programa o vuelva a introducirlo en el asistente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must contain digits only (0-9); remove spaces and other characters.</source>
        <translation>%1: solo puede contener dígitos (0-9); elimine los espacios y demás caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains the control character(s) %2 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>%1: contiene el o los caracteres de control %2 (secuencias de escape, saltos de línea y similares), que un nombre o una descripción nunca necesita; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbering rule %1, %2</source>
        <translation>Regla de numeración %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: &apos;%1&apos; is not a country code the phone-number data knows; use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>País: «%1» no es un código de país que conozcan los datos de numeración; use un código ISO de dos letras, como FR, DE o GB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema_version %1 is not supported by this version of the program (it reads version %2); update the program.</source>
        <translation>schema_version %1 no es compatible con esta versión del programa (lee la versión %2); actualice el programa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagnostics file %1 cannot be written: %2.</source>
        <translation>El archivo de diagnóstico %1 no se puede escribir: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 cannot be written: %2.</source>
        <translation>El informe %1 no se puede escribir: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 could not be written: the PDF is empty.</source>
        <translation>No se pudo escribir el informe %1: el PDF está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program on this computer held the lock %1 for %2 s.</source>
        <translation>Otro programa de este equipo mantuvo el bloqueo %1 durante %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock folder %1 cannot be created: %2.</source>
        <translation>La carpeta de bloqueos %1 no se puede crear: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file %1 cannot be used: %2.</source>
        <translation>El archivo de bloqueo %1 no se puede usar: %2.</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_remote.py" line="+21"/>
        <source>The Rainbow session has expired.</source>
        <translation>La sesión de Rainbow ha caducado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again and repeat the step.</source>
        <translation>Vuelva a iniciar sesión en Rainbow y repita el paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow session is no longer valid.</source>
        <translation>La sesión de Rainbow ya no es válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again.</source>
        <translation>Vuelva a iniciar sesión en Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the login or password.</source>
        <translation>Rainbow rechazó el usuario o la contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login (the e-mail address of the Rainbow admin account) and the password; they are those of the Rainbow admin portal.</source>
        <translation>Compruebe el usuario (la dirección de correo electrónico de la cuenta de administrador de Rainbow) y la contraseña; son los del portal de administración de Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refused the application id or application secret.</source>
        <translation>Rainbow rechazó el ID o el secreto de la aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both values in the sign-in settings (developers.openrainbow.com &gt; My applications), or leave both empty if you do not use a Rainbow application.</source>
        <translation>Compruebe ambos valores en los ajustes de inicio de sesión (developers.openrainbow.com &gt; My applications), o deje ambos vacíos si no usa una aplicación de Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This company is not one of your customers on Rainbow.</source>
        <translation>Esta empresa no es uno de sus clientes en Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the business-partner admin account that manages this customer company.</source>
        <translation>Inicie sesión con la cuenta de administrador del Business Partner que gestiona esta empresa cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This equipment id is already declared on Rainbow.</source>
        <translation>Este ID de equipo ya está declarado en Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (fleet and installation references); if this PBX was declared before, reuse that declaration instead of creating another one.</source>
        <translation>Compruebe el ID de equipo (referencias de flota y de instalación); si esta centralita ya se declaró, reutilice esa declaración en lugar de crear otra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow is receiving too many requests from this account.</source>
        <translation>Rainbow está recibiendo demasiadas solicitudes de esta cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute, then repeat the step.</source>
        <translation>Espere un minuto y repita el paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused a value of the request.</source>
        <translation>Rainbow rechazó un valor de la solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and try again.</source>
        <translation>Corríjalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and retry.</source>
        <translation>Corríjalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the sign-in.</source>
        <translation>Rainbow rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login and password, then sign in again.</source>
        <translation>Compruebe el usuario y la contraseña, y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Rainbow account may not do this.</source>
        <translation>Su cuenta de Rainbow no puede hacer esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know this object.</source>
        <translation>Rainbow no conoce este objeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted in the Rainbow admin portal (Customer companies, or Communication &gt; Comm. Servers): refresh the list.</source>
        <translation>Puede que se haya eliminado en el portal de administración de Rainbow (Customer companies, o Communication &gt; Comm. Servers): actualice la lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow did not receive the request in time.</source>
        <translation>Rainbow no recibió la solicitud a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and try again.</source>
        <translation>Compruebe la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This already exists on Rainbow.</source>
        <translation>Esto ya existe en Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list and reuse the existing entry.</source>
        <translation>Actualice la lista y reutilice la entrada existente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is too large for Rainbow.</source>
        <translation>La solicitud es demasiado grande para Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the number of rules.</source>
        <translation>Reduzca el número de reglas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow had an internal problem and did not complete the request.</source>
        <translation>Rainbow tuvo un problema interno y no completó la solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a few minutes and try again; check status.openrainbow.com if it persists.</source>
        <translation>Espere unos minutos e inténtelo de nuevo; consulte status.openrainbow.com si persiste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow answered with an unexpected error.</source>
        <translation>Rainbow respondió con un error inesperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, save the log.</source>
        <translation>Inténtelo de nuevo; si persiste, guarde el registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PBX name</source>
        <translation>el nombre de la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX type</source>
        <translation>el tipo de centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>el país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment id</source>
        <translation>el ID de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation code</source>
        <translation>el código de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national prefix</source>
        <translation>el prefijo nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international prefix</source>
        <translation>el prefijo internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound prefix</source>
        <translation>el prefijo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use of the outbound prefix</source>
        <translation>el uso del prefijo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rules</source>
        <translation>las reglas de numeración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule pattern</source>
        <translation>el patrón de la regla de numeración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule replacement</source>
        <translation>la sustitución de la regla de numeración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule description</source>
        <translation>la descripción de la regla de numeración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system</source>
        <translation>el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system state</source>
        <translation>el estado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed-in user</source>
        <translation>el usuario con la sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in</source>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal</source>
        <translation>la renovación del token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in to Rainbow.</source>
        <translation>No ha iniciado sesión en Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or a guest Wi-Fi login page may be answering instead of Rainbow: open a web browser to check, and check the server address.</source>
        <translation>Puede que un proxy o la página de acceso de una wifi de invitados esté respondiendo en lugar de Rainbow: abra un navegador web para comprobarlo, y compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle), or ask the network administrator.</source>
        <translation>Puede que un proxy o un antivirus que inspecciona TLS esté sustituyendo el certificado de Rainbow: añada su certificado de CA en Ajustes (archivo de CA personalizado), o consulte al administrador de red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server address and that this computer is connected to the internet.</source>
        <translation>Compruebe la dirección del servidor y que este equipo esté conectado a Internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or Rainbow is slow: try again. A change may still have been applied; the installer checks before repeating it.</source>
        <translation>La red o Rainbow van lentos: inténtelo de nuevo. Puede que un cambio se haya aplicado igualmente; el instalador lo comprueba antes de repetirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address beginning with https://, e.g. https://openrainbow.com.</source>
        <translation>Use una dirección que empiece por https://, p. ej. https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the network and try again; the installer checks whether a change was applied before repeating it.</source>
        <translation>Compruebe la red e inténtelo de nuevo; el instalador comprueba si un cambio se aplicó antes de repetirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a firewall must allow outgoing TCP 443 to openrainbow.com and *.openrainbow.com</source>
        <translation>un cortafuegos debe permitir el TCP 443 saliente hacia openrainbow.com y *.openrainbow.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use an https:// address, e.g. https://openrainbow.com or https://sandbox.openrainbow.com.</source>
        <translation>Use una dirección https://, p. ej. https://openrainbow.com o https://sandbox.openrainbow.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow&apos;s list of countries is not a list.</source>
        <translation>La lista de países de Rainbow no es una lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s sign-in answer has no token.</source>
        <translation>La respuesta de inicio de sesión de Rainbow no tiene token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PEM file holding the CA certificate of your proxy or antivirus (text beginning with -----BEGIN CERTIFICATE-----).</source>
        <translation>Elija un archivo PEM que contenga el certificado de CA de su proxy o antivirus (texto que empieza por -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake</source>
        <translation>Negociación TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy in use</source>
        <translation>Proxy en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the DNS server of this computer (or the guest Wi-Fi&apos;s login page).</source>
        <translation>Compruebe la conexión de red y el servidor DNS de este equipo (o la página de acceso de la wifi de invitados).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle).</source>
        <translation>Puede que un proxy o un antivirus que inspecciona TLS esté sustituyendo el certificado de Rainbow: añada su certificado de CA en Ajustes (archivo de CA personalizado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tried: the name did not resolve.</source>
        <translation>No probado: el nombre no se resolvió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used: plain HTTP (the sandbox on this computer).</source>
        <translation>No se usa: HTTP sin cifrar (la sandbox en este equipo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried: no TCP connection.</source>
        <translation>No probado: no hay conexión TCP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy configured: the program connects directly.</source>
        <translation>No hay ningún proxy configurado: el programa se conecta directamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment or system settings</source>
        <translation>entorno o ajustes del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this computer&apos;s own addresses (the sandbox)</source>
        <translation>no se usa para las direcciones de este equipo (la sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this server (exempted)</source>
        <translation>no se usa para este servidor (exento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used for this server</source>
        <translation>se usa para este servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Activation code&quot; is read-only on this PBX after a successful activation: it is already connected with its code.</source>
        <translation>&quot;Activation code&quot; es de solo lectura en esta centralita tras una activación correcta: ya está conectada con su código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use another code, reset the connection on Rainbow first.</source>
        <translation>Para usar otro código, restablezca primero la conexión en Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox has no PBX with this CPU serial number.</source>
        <translation>La sandbox no tiene ninguna centralita con este número de serie de CPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the PBXs the sandbox lists.</source>
        <translation>Elija una de las centralitas que lista la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sandbox is running and that its PBX address is right.</source>
        <translation>Compruebe que la sandbox está en marcha y que su dirección de centralita es correcta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings may or may not have been applied: read them again before applying.</source>
        <translation>Puede que los ajustes se hayan aplicado o no: vuelva a leerlos antes de aplicar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the address is the sandbox&apos;s PBX endpoint.</source>
        <translation>Compruebe que la dirección es el punto de acceso de centralitas de la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX did not answer in time.</source>
        <translation>La centralita de la sandbox no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX could not be reached.</source>
        <translation>No se pudo contactar con la centralita de la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, restart the sandbox.</source>
        <translation>Inténtelo de nuevo; si persiste, reinicie la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s status lacks a readable connection.</source>
        <translation>Al estado de la centralita de la sandbox le falta una conexión legible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unreadable entry.</source>
        <translation>La lista de centralitas de la sandbox contiene una entrada ilegible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unknown model or mode.</source>
        <translation>La lista de centralitas de la sandbox contiene un modelo o un modo desconocido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list is not readable.</source>
        <translation>La lista de centralitas de la sandbox no es legible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// address, or the sandbox&apos;s pbx_url (http://127.0.0.1:PORT).</source>
        <translation>Use una dirección https://, o el pbx_url de la sandbox (http://127.0.0.1:PORT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX).</source>
        <translation>Ninguna centralita de la sandbox corresponde a esta instalación (stock: sus referencias; BTCO: una centralita libre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the plan&apos;s fleet and installation references against the sandbox&apos;s PBXs.</source>
        <translation>Compare las referencias de flota y de instalación de la instalación con las centralitas de la sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU serial number</source>
        <translation>el número de serie de la CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>los ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its settings</source>
        <translation>sus ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its PBXs</source>
        <translation>sus centralitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its status</source>
        <translation>su estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>ID de equipo: en modo BTCO, Rainbow lo genera al declarar la centralita; declare primero la centralita o introduzca el ID de equipo que mostró Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Código de activación: en modo BTCO, Rainbow lo genera al declarar la centralita; declare primero la centralita o introduzca el código de activación que mostró Rainbow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: la lista de comprobación de OMC solo activa Rainbow; para desactivarlo, desmarque usted mismo la casilla en OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: el valor que se va a aplicar no es el ID de equipo que muestra la lista de comprobación de OMC; vuelva a generar la lista a partir de la instalación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: el valor que se va a aplicar no es el código que muestra la lista de comprobación de OMC; vuelva a generar la lista a partir de la instalación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: el valor que se aplicaría no es el dominio que muestra la lista de comprobación de OMC; otro dominio debe introducirse a mano en OMC.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rainbow refused a value of the request: %1.</source>
        <translation>Rainbow rechazó un valor de la solicitud: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1: %2.</source>
        <translation>Rainbow rechazó %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1.</source>
        <translation>Rainbow rechazó %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1.</source>
        <translation>Corrija %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a firewall must allow outgoing TCP %1 to %2</source>
        <translation>un cortafuegos debe permitir el TCP %1 saliente hacia %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La conexión segura con %1 falló: su certificado no es de confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>No se encontró el nombre de servidor %1 (DNS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was refused.</source>
        <translation>Se rechazó la conexión con %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address and port; %1.</source>
        <translation>Compruebe la dirección y el puerto del servidor; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1.</source>
        <translation>No se pudo conectar con %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet; %1.</source>
        <translation>Compruebe que este equipo esté conectado a Internet; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer the connection in time.</source>
        <translation>%1 no respondió a tiempo a la conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network is slow or a firewall drops the traffic; %1. Try again.</source>
        <translation>La red va lenta o un cortafuegos descarta el tráfico; %1. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy refused or failed the connection to %1.</source>
        <translation>El proxy rechazó o no logró la conexión con %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings of this computer (or HTTPS_PROXY), and that the proxy allows %1.</source>
        <translation>Compruebe los ajustes de proxy de este equipo (o HTTPS_PROXY), y que el proxy permita %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address for %1 is not usable.</source>
        <translation>La dirección de servidor para %1 no se puede usar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 broke before the answer arrived.</source>
        <translation>La conexión con %1 se cortó antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange with %1 failed (%2).</source>
        <translation>El intercambio con %1 falló (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Rainbow server address &apos;%1&apos; is not usable.</source>
        <translation>La dirección del servidor de Rainbow «%1» no se puede usar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no &apos;data&apos;.</source>
        <translation>La respuesta de Rainbow sobre %1 no tiene «data».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no readable &apos;%2&apos;.</source>
        <translation>La respuesta de Rainbow sobre %1 no tiene un «%2» legible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not JSON.</source>
        <translation>La respuesta de Rainbow sobre %1 no es JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not an object.</source>
        <translation>La respuesta de Rainbow sobre %1 no es un objeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s list of %1 entries is not a list.</source>
        <translation>La lista de Rainbow sobre %1 no es una lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file %1 could not be loaded.</source>
        <translation>No se pudo cargar el archivo de certificado de CA %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS of %1</source>
        <translation>DNS de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port %1</source>
        <translation>Puerto TCP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be resolved (%1).</source>
        <translation>No se pudo resolver el nombre (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolves to %1.</source>
        <translation>Se resuelve en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to port %1 (%2).</source>
        <translation>Sin conexión con el puerto %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 port %2.</source>
        <translation>Conectado a %1, puerto %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network; %1.</source>
        <translation>Compruebe la red; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation>El certificado del servidor no es de confianza (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handshake failed (%1).</source>
        <translation>La negociación falló (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2; trusted.</source>
        <translation>%1, %2; de confianza.</translation>
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
        <translation>La centralita rechazó %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX refused the %1.</source>
        <translation>La centralita rechazó %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1 and apply again.</source>
        <translation>Corrija %1 y vuelva a aplicar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX refused the request (HTTP %1).</source>
        <translation>La centralita de la sandbox rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not JSON.</source>
        <translation>La respuesta de la centralita de la sandbox sobre %1 no es JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not a JSON object.</source>
        <translation>La respuesta de la centralita de la sandbox sobre %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s settings lack a readable %1.</source>
        <translation>A los ajustes de la centralita de la sandbox les falta un valor legible para %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX address &apos;%1&apos; is not usable: the PBX settings hold the activation code, and plain http is allowed only to this computer (the sandbox).</source>
        <translation>La dirección de la centralita «%1» no se puede usar: los ajustes de la centralita contienen el código de activación, y el http sin cifrar solo se permite hacia este equipo (la sandbox).</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_batch.py" line="+19"/>
        <source>The CSV file is not text in UTF-8 or Windows-1252: save it from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>El archivo CSV no es texto en UTF-8 ni en Windows-1252: guárdelo desde la hoja de cálculo como «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file is empty: no header row.</source>
        <translation>El archivo CSV está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file has a header row but no PBX rows.</source>
        <translation>El archivo CSV tiene una fila de encabezado pero ninguna fila de centralita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba una coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaban dos puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de propiedad entre comillas dobles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>carácter de control no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>datos de más tras el final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, rule %2: must be an object with regexp_match and regexp_replace.</source>
        <translation>%1, regla %2: debe ser un objeto con regexp_match y regexp_replace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, rule %2: &apos;%3&apos; is not a rule field; remove it.</source>
        <translation>%1, regla %2: «%3» no es un campo de regla; elimínelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: both %3 and %4 are given; keep one.</source>
        <translation>%1, regla %2: se indican a la vez %3 y %4; conserve solo uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: %3 must be text (in double quotes).</source>
        <translation>%1, regla %2: %3 debe ser texto (entre comillas dobles).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: regexp_replace is missing; write &quot;&quot; to block the numbers the rule matches.</source>
        <translation>%1, regla %2: falta regexp_replace; escriba una cadena vacía (dos comillas dobles) para bloquear los números que la regla reconoce.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, rule %2: Rainbow does not support \d; written as %3.</source>
        <translation>%1, regla %2: Rainbow no admite \d; se escribe como %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a rules file: its JSON nests too deeply or holds a huge number.</source>
        <translation>%1 no es un archivo de reglas: su JSON está anidado en exceso o contiene un número enorme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must hold a JSON list of rules, e.g. %2.</source>
        <translation>%1 debe contener una lista JSON de reglas, p. ej. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file lacks the required column(s) %1 (its header row, read with &apos;%2&apos; as separator, has: %3). Required columns: %4; optional: %5.</source>
        <translation>Al archivo CSV le faltan las columnas obligatorias %1 (su fila de encabezado, leída con «%2» como separador, contiene: %3). Columnas obligatorias: %4; opcionales: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row has column(s) this program does not know: %1; check the spelling or remove them. Known columns: %2.</source>
        <translation>La fila de encabezado tiene columnas que este programa no conoce: %1; compruebe la ortografía o elimínelas. Columnas conocidas: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice in the header row; keep one.</source>
        <translation>La columna %1 aparece dos veces en la fila de encabezado; conserve solo una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file cannot be read near line %1: %2; check its quotes.</source>
        <translation>El archivo CSV no se puede leer cerca de la línea %1: %2; compruebe sus comillas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 values where the header row names %2 columns; a value containing the separator &apos;%3&apos; must be in double quotes.</source>
        <translation>%1 valores cuando la fila de encabezado nombra %2 columnas; un valor que contenga el separador «%3» debe ir entre comillas dobles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same server name as on row %1; each PBX is prepared once.</source>
        <translation>El mismo nombre del servidor que en la fila %1; cada centralita se prepara una sola vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fleet and installation references (same PBX) as on row %1; each PBX is prepared once.</source>
        <translation>Las mismas referencias de flota y de instalación (la misma centralita) que en la fila %1; cada centralita se prepara una sola vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>El archivo CSV %1 supera %2; compruebe el nombre del archivo o divídalo en varios archivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>El archivo de reglas %1 supera %2; compruebe el nombre del archivo o divídalo en varios archivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file %1 does not exist.</source>
        <translation>El archivo CSV %1 no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 does not exist.</source>
        <translation>El archivo de reglas %1 no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a rules file.</source>
        <translation>%1 es una carpeta, no un archivo de reglas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file %1 cannot be read: %2.</source>
        <translation>El archivo CSV %1 no se puede leer: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>El archivo de reglas %1 no se puede leer: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 is not text in UTF-8.</source>
        <translation>El archivo de reglas %1 no es texto en UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists and differs from this row (it may hold a declared PBX&apos;s progress); remove it or choose another output folder (on the command line, --force overwrites it).</source>
        <translation>%1 ya existe y difiere de esta fila (puede contener el progreso de una centralita declarada); elimínelo o elija otra carpeta de salida (en la línea de comandos, --force lo sobrescribe).</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../installer_app/ui/support/drafts.py" line="+97"/>
        <source>no server name yet</source>
        <extracomment>The last step shown: QWizard forgets its page before it reports being closed.</extracomment>
        <translation>aún sin nombre de servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume the last draft (%1, saved at %2)</source>
        <translation>&amp;Reanudar el último borrador (%1, guardado a las %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume the last draft</source>
        <translation>Reanudar el último borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the page you were on, with everything you had entered.</source>
        <translation>Volver a la página en la que estaba, con todo lo que había introducido.</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+352"/>
        <source>&amp;Fleet view…</source>
        <translation>Vista de la &amp;flota…</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <location line="-277"/>
        <source>Fleet view – installation files</source>
        <translation>Vista de la flota – archivos de instalación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder of installation files</source>
        <translation>Elegir la carpeta de archivos de instalación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the installations</source>
        <translation>Filtrar las instalaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, server name, equipment id, status</source>
        <translation>Empresa, nombre del servidor, ID de equipo, estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltrar:</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_table.py" line="+63"/>
        <source>Equipment id</source>
        <translation>ID de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow status</source>
        <translation>Estado en Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX status</source>
        <translation>Estado de la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Installations</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+20"/>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh from Rainbow</source>
        <translation>Ac&amp;tualizar desde Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the wizard</source>
        <translation>&amp;Abrir en el asistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load this installation file and show its dashboard</source>
        <translation>Cargar este archivo de instalación y mostrar su panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No folder chosen: recent files only</source>
        <translation>Ninguna carpeta elegida: solo archivos recientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the installation files…</source>
        <translation>Leyendo los archivos de instalación…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading cancelled: %1 of %2 installation files listed.</source>
        <translation>Lectura cancelada: %1 de %2 archivos de instalación listados.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the statuses on Rainbow…</source>
        <translation>Leyendo los estados en Rainbow…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 installation files</source>
        <translation>%1 archivos de instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 mostrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in to Rainbow: statuses as the files record them</source>
        <translation>sin sesión iniciada en Rainbow: estados tal como los guardan los archivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 read on Rainbow</source>
        <translation>%1 leídos en Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read</source>
        <translation>%1 no se han podido leer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo CSV %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Se han exportado %1 filas a %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Folder of installation files</source>
        <translation>Carpeta de archivos de instalación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the fleet as CSV</source>
        <translation>Exportar la flota como CSV</translation>
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
        <translation>Pasarela WebRTC: un paso en el portal de administración de Rainbow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record the choice</source>
        <translation>&amp;Registrar la elección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the WebRTC gateway choice</source>
        <translation>Registrar la elección de la pasarela WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: no WebRTC gateway</source>
        <translation>Cancelar: sin pasarela WebRTC</translation>
    </message>
</context>
<context>
    <name>InstallerWizard</name>
    <message>
        <location filename="../installer_app/ui/wizard.py" line="+70"/>
        <source>OXO Connect – Rainbow installer</source>
        <extracomment>The passphrase protecting the opened/saved installation file (memory only). The plan, from the Summary on (see :meth:`installation_plan`); None before. Where an opened installation file resumes, while a page on the way is not done.</extracomment>
        <translation>OXO Connect – Asistente de instalación de Rainbow</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;More…</source>
        <translation>&amp;Más…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save installation file…</source>
        <translation>&amp;Guardar el archivo de instalación…</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The declaration on Rainbow is still running. Close anyway? It stops where it is; what you entered is kept as a draft, the next start offers to resume it, and declaring again reuses what Rainbow already has.</source>
        <translation>La declaración en Rainbow sigue en curso. ¿Cerrar de todos modos? Se detiene donde está; lo que ha introducido se guarda como borrador, el próximo inicio ofrece retomarlo y declarar de nuevo reutiliza lo que Rainbow ya tiene.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the installer? What you entered is kept as a draft: the next start offers to resume it.</source>
        <translation>¿Cerrar el instalador? Lo que ha introducido se guarda como borrador: el próximo inicio ofrece retomarlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close the installer</source>
        <translation>&amp;Cerrar el instalador</translation>
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
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time the program starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie el programa.</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/numbering.py" line="+51"/>
        <location line="+16"/>
        <source>Numbering rules</source>
        <translation>Reglas de numeración</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Rainbow applies the first rule whose pattern matches the dialled number and sends the result to the PBX. An empty replacement blocks the number.</source>
        <translation>Rainbow aplica la primera regla cuyo patrón coincide con el número marcado y envía el resultado a la centralita. Una sustitución vacía bloquea el número.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rules, in the order Rainbow tries them:</source>
        <translation>&amp;Reglas, en el orden en que Rainbow las prueba:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>Aña&amp;dir regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
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
        <translation>Bloquear un &amp;prefijo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule limit</source>
        <translation>Límite de reglas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block a prefix problem</source>
        <translation>Problema al bloquear un prefijo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems in the rules</source>
        <translation>Problemas en las reglas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use [0-9] instead of \d in every pattern</source>
        <translation>Usar [0-9] en lugar de \d en todos los patrones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use [0-9] instead of \d</source>
        <translation>Usar [0-9] en lugar de \d</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Internal numbers of 1–5 digits</source>
        <translation>Números internos de 1–5 dígitos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block a prefix</source>
        <translation>Bloquear un prefijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls to numbers starting with this prefix will be blocked (e.g. 0800):</source>
        <translation>Se bloquearán las llamadas a números que empiecen por este prefijo (p. ej. 0800):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Block a prefix: “%1” is not a prefix; type digits (and * # +), e.g. 0800.</source>
        <translation>Bloquear un prefijo: «%1» no es un prefijo; escriba dígitos (y * # +), p. ej. 0800.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block numbers starting with %1</source>
        <translation>Bloquear los números que empiezan por %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Rainbow accepts at most %1 numbering rules: remove one to add another.</source>
        <translation>Rainbow acepta como máximo %1 reglas de numeración: elimine una para añadir otra.</translation>
    </message>
</context>
<context>
    <name>OmcChecklist</name>
    <message>
        <location filename="../installer_app/pbx/omc_checklist.py" line="+52"/>
        <source>Default PBX address</source>
        <translation>Dirección predeterminada de la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow PABX-ID</source>
        <translation>Rainbow PABX-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to the PBX with OMC</source>
        <extracomment>Values a step shows besides its own, to compare in OMC (stock mode&apos;s final check shows the activation code, which is the same joined references as &quot;Rainbow PABX-ID&quot;).</extracomment>
        <translation>Conectarse a la centralita con OMC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start OMC on a computer on the customer&apos;s network and connect to the PBX. The main CPU&apos;s default address is 192.168.92.246. At the first login OMC asks for new admin passwords: change them and keep them somewhere safe.</source>
        <translation>Inicie OMC en un equipo de la red del cliente y conéctese a la centralita. La dirección predeterminada de la CPU principal es 192.168.92.246. En el primer inicio de sesión, OMC pide nuevas contraseñas de administrador: cámbielas y guárdelas en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to Expert View</source>
        <translation>Pasar a Expert View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow settings are only in OMC&apos;s Expert View.</source>
        <translation>Los ajustes de Rainbow solo están en la Expert View de OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Cloud &gt; Rainbow</source>
        <translation>Abrir Cloud &gt; Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Expert View, open Cloud, then Rainbow.</source>
        <translation>En la Expert View, abra Cloud y después Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick &quot;Rainbow enabled&quot;</source>
        <translation>Marcar &quot;Rainbow enabled&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lets the PBX open its link to Rainbow.</source>
        <translation>Así la centralita puede abrir su enlace con Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the &quot;Rainbow PABX-ID&quot;</source>
        <translation>Introducir el &quot;Rainbow PABX-ID&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the &quot;Activation code&quot;</source>
        <translation>Introducir el &quot;Activation code&quot;</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Replace what the field shows (by default the CPU serial number) with the equipment id shown here, exactly as written.</source>
        <translation>Sustituya el contenido del campo (por defecto, el número de serie de la CPU) por el ID de equipo que se muestra aquí, exactamente como está escrito.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the activation code shown here, exactly as written. It is secret: do not write it down anywhere else. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Introduzca el código de activación que se muestra aquí, exactamente como está escrito. Es secreto: no lo anote en ningún otro sitio. Una vez que la centralita se ha conectado y ha recibido su contraseña de inicio de sesión, OMC pone &quot;Activation code&quot; en gris: es normal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave &quot;Domain name&quot; at openrainbow.com</source>
        <translation>Dejar &quot;Domain name&quot; en openrainbow.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX connects to Rainbow at this address: do not change it. If someone did, put openrainbow.com back.</source>
        <translation>La centralita se conecta a Rainbow en esta dirección: no la cambie. Si alguien lo hizo, vuelva a poner openrainbow.com.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click Apply</source>
        <translation>Pulsar Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC sends the settings to the PBX.</source>
        <translation>OMC envía los ajustes a la centralita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm with Yes</source>
        <translation>Confirmar con Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC asks before applying the settings: answer Yes.</source>
        <translation>OMC pide confirmación antes de aplicar los ajustes: responda Yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for &quot;Connected&quot;</source>
        <translation>Esperar a &quot;Connected&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status on the Cloud &gt; Rainbow page turns to Connected, and Rainbow then shows Running; this can take a few minutes. If it does not, check that the activation code was entered exactly, and that the PBX is allowed out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>El estado de la página Cloud &gt; Rainbow pasa a Connected y después Rainbow muestra Running; puede tardar unos minutos. Si no ocurre, compruebe que el código de activación se introdujo exactamente y que la centralita puede salir por TCP 443 hacia openrainbow.com, *.openrainbow.com y openrainbow.io.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to configure on the PBX</source>
        <translation>Nada que configurar en la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock mode Rainbow is enabled on the PBX by default and its parameters fill in automatically: leave OMC&apos;s Cloud &gt; Rainbow page as it is.</source>
        <translation>En modo stock, Rainbow está activado por defecto en la centralita y sus parámetros se rellenan automáticamente: deje la página Cloud &gt; Rainbow de OMC como está.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power the PBX and cable it</source>
        <translation>Alimentar y cablear la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the PBX is powered on and cabled to the customer&apos;s network, which must reach the internet.</source>
        <translation>Asegúrese de que la centralita está encendida y conectada por cable a la red del cliente, que debe tener acceso a internet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let the PBX out on TCP 443</source>
        <translation>Dejar salir la centralita por TCP 443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s firewall must allow outgoing TCP 443 from the PBX to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>El cortafuegos del cliente debe permitir el TCP 443 saliente de la centralita hacia openrainbow.com, *.openrainbow.com y openrainbow.io.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the web proxy in OMC, if the site has one</source>
        <translation>Configurar el proxy web en OMC, si la sede tiene uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the site reaches the internet through a web proxy, enter it in OMC under Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; the proxy must let the PBX&apos;s secure WebSocket (WSS) through. Without a proxy there is nothing to do.</source>
        <translation>Si la sede accede a internet a través de un proxy web, introdúzcalo en OMC en Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; el proxy debe dejar pasar el WebSocket seguro (WSS) de la centralita. Sin proxy, no hay nada que hacer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the PBX to connect</source>
        <translation>Esperar a que la centralita se conecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow shows Running once the PBX is connected; this can take a few minutes.</source>
        <translation>Rainbow muestra Running cuando la centralita está conectada; puede tardar unos minutos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check in OMC (Expert View &gt; Cloud &gt; Rainbow)</source>
        <translation>Comprobar en OMC (Expert View &gt; Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with the values shown here: &quot;Rainbow enabled&quot; is ticked, &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot; both hold the fleet and installation references joined by a dash, and the status shows Connected. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Compare con los valores que se muestran aquí: &quot;Rainbow enabled&quot; está marcado, &quot;Rainbow PABX-ID&quot; y &quot;Activation code&quot; contienen ambos las referencias de flota e instalación unidas por un guion, y el estado muestra Connected. Una vez que la centralita se ha conectado y ha recibido su contraseña de inicio de sesión, OMC pone &quot;Activation code&quot; en gris: es normal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &quot;Domain name&quot; to the value shown here</source>
        <extracomment>The domain step when the platform is not production: the domain is entered, not left.</extracomment>
        <translation>Poner en &quot;Domain name&quot; el valor que se muestra aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX connects to the Rainbow platform chosen at this address. It is inferred from the server&apos;s address (only openrainbow.com is documented): if the PBX does not connect, check the value with ALE support.</source>
        <translation>La centralita se conecta a la plataforma Rainbow elegida en esta dirección. Se deduce de la dirección del servidor (solo openrainbow.com está documentado): si la centralita no se conecta, compruebe el valor con el soporte de ALE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>ID de equipo: en modo BTCO, Rainbow lo genera al declarar la centralita; declare primero la centralita o introduzca el ID de equipo que mostró Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Código de activación: en modo BTCO, Rainbow lo genera al declarar la centralita; declare primero la centralita o introduzca el código de activación que mostró Rainbow.</translation>
    </message>
    <message>
        <location filename="../installer_app/pbx/guided.py" line="+57"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: la lista de comprobación de OMC solo activa Rainbow; para desactivarlo, desmarque usted mismo la casilla en OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: el valor que se va a aplicar no es el ID de equipo que muestra la lista de comprobación de OMC; vuelva a generar la lista a partir de la instalación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: el valor que se va a aplicar no es el código que muestra la lista de comprobación de OMC; vuelva a generar la lista a partir de la instalación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: el valor que se aplicaría no es el dominio que muestra la lista de comprobación de OMC; otro dominio debe introducirse a mano en OMC.</translation>
    </message>
</context>
<context>
    <name>PbxConfigPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_config.py" line="+48"/>
        <source>PBX configuration</source>
        <translation>Configuración de la centralita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox PBX</source>
        <translation>Centralita de la sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Push the settings to the PBX</source>
        <translation>&amp;Enviar los ajustes a la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the settings to the PBX</source>
        <translation>Enviar los ajustes a la centralita</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Values to enter in OMC</source>
        <translation>Valores que introducir en OMC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In OMC</source>
        <translation>En OMC</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock mode: nothing to configure on the PBX; check these points.</source>
        <extracomment>The copy fields by step id (&quot;step/1&quot; for a step&apos;s second value, and so on). The step the next page watches (the PBX connecting): shown, never ticked by hand.</extracomment>
        <translation>Modo stock: nada que configurar en la centralita; compruebe estos puntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the values in OMC (Expert View &gt; Cloud &gt; Rainbow), step by step.</source>
        <translation>Introduzca los valores en OMC (Expert View &gt; Cloud &gt; Rainbow), paso a paso.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>✔ %1: the PBX reads Connected.</source>
        <translation>✔ %1: el PBX indica Connected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the next page watches this for you.</source>
        <translation>%1: la página siguiente lo vigila por usted.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pushing…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied: Rainbow enabled, PABX-ID set; PBX connection: %1</source>
        <translation>Aplicado: Rainbow activado, PABX-ID definido; conexión de la centralita: %1</translation>
    </message>
</context>
<context>
    <name>PbxModePage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_mode.py" line="+16"/>
        <source>PBX and delivery mode</source>
        <translation>Centralita y modo de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which PBX is it, and how did it reach the customer?</source>
        <translation>¿Qué centralita es y cómo llegó al cliente?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PBX model</source>
        <translation>Modelo de centralita</translation>
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
        <translation>La centralita procede de su flota con software genérico: usted escribe sus referencias de flota y de instalación, y no hay que configurar nada en la centralita.</translation>
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
        <translation>La centralita se fabricó bajo pedido: Rainbow genera su ID de equipo y su código de activación, que usted introduce después en OMC (Expert View &gt; Cloud &gt; Rainbow).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BTCO is not available for OXO Connect Evolution: use stock mode.</source>
        <translation>BTCO no está disponible para OXO Connect Evolution: use el modo stock.</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx.py" line="+45"/>
        <source>PBX on Rainbow</source>
        <translation>Centralita en Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the PBX is named on Rainbow, and whether the WebRTC gateway is wanted.</source>
        <translation>Cómo se llama la centralita en Rainbow y si se desea la pasarela WebRTC.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PBX</source>
        <translation>Centralita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX&apos;s name in the Rainbow portal, as the customer will see it.</source>
        <translation>El nombre de la centralita en el portal de Rainbow, tal como lo verá el cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server name:</source>
        <translation>Nombre del ser&amp;vidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server name problem</source>
        <translation>Problema con el nombre del servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway</source>
        <translation>Pasarela WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;WebRTC gateway is wanted</source>
        <translation>Se desea la pasarela &amp;WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebRTC gateway is wanted</source>
        <translation>Se desea la pasarela WebRTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway lets Rainbow users call through this PBX from a browser or the Rainbow application. It is activated in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is accepted; this program records the choice and puts that step in the report. It can also be done later.</source>
        <translation>La pasarela permite a los usuarios de Rainbow llamar a través de esta centralita desde un navegador o la aplicación Rainbow. Se activa en el portal de administración de Rainbow (Customer companies &gt; la empresa &gt; Communication &gt; Comm. Servers &gt; el servidor), donde se acepta su acuerdo de licencia; este programa registra la elección y añade ese paso al informe. También puede hacerse más tarde.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choice recorded on %1 UTC. Activate the gateway in the Rainbow admin portal.</source>
        <translation>Elección registrada el %1 UTC. Active la pasarela en el portal de administración de Rainbow.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>e.g. %1 OXO</source>
        <translation>p. ej. %1 OXO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Head office OXO</source>
        <translation>p. ej. OXO Sede central</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (declared on Rainbow as type oxo)</source>
        <translation>%1 (declarada en Rainbow con el tipo oxo)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>El nombre del servidor no puede estar vacío: ponga a la centralita el nombre que tiene en Rainbow.</translation>
    </message>
</context>
<context>
    <name>PbxWords</name>
    <message>
        <location filename="../installer_app/ui/support/pbx_words.py" line="+16"/>
        <source>%1 (this program&apos;s reading)</source>
        <extracomment>%1 is a PBX link state this program reads, e.g. &quot;Connecting&quot;; OMC does not show it.</extracomment>
        <translation>%1 (lectura de este programa)</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../installer_app/domain/portal.py" line="+25"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;).</source>
        <translation>En el portal de administración de Rainbow esta centralita está en Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, en la lista de equipos (equipment list) como %2 (Server type &quot;OXO Connect&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;). Its Connection tab, &quot;Specify equipment ID and activation code&quot;, holds the joined fleet and installation references.</source>
        <translation>En el portal de administración de Rainbow esta centralita está en Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, en la lista de equipos (equipment list) como %2 (Server type &quot;OXO Connect&quot;). Su pestaña Connection, &quot;Specify equipment ID and activation code&quot;, contiene las referencias de flota e instalación unidas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WebRTC gateway: chosen, but not activated by this program (no public Rainbow interface activates it). In the Rainbow admin portal open Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, activate the WebRTC gateway there and accept its licence agreement.</source>
        <translation>Pasarela WebRTC: elegida, pero no activada por este programa (ninguna interfaz pública de Rainbow la activa). En el portal de administración de Rainbow abra Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, active allí la pasarela WebRTC y acepte su acuerdo de licencia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation number %3: not sent to Rainbow (no public API field is known for it). Enter it in the Rainbow admin portal: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</source>
        <translation>Número de la instalación %3: no se envía a Rainbow (no se conoce ningún campo público de la API para él). Introdúzcalo en el portal de administración de Rainbow: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once the PBX is activated, Rainbow no longer returns its activation code: it cannot be read back. To get a new code, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): the PBX disconnects from Rainbow until the new code is entered in OMC.</source>
        <translation>Una vez activada la centralita, Rainbow ya no devuelve su código de activación: no se puede volver a leer. Para obtener un código nuevo, use &quot;Reset connection&quot; en el portal de administración de Rainbow (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): la centralita se desconecta de Rainbow hasta que se introduce el nuevo código en OMC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent to Rainbow: no public API field is known for it. Enter it in the Rainbow admin portal&apos;s &quot;Dialing information&quot; of this server; the report reminds you.</source>
        <translation>No se envía a Rainbow: no se conoce ningún campo público de la API para él. Introdúzcalo en la &quot;Dialing information&quot; de este servidor en el portal de administración de Rainbow; el informe se lo recuerda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This program cannot activate the gateway: no public Rainbow interface does. Your choice is recorded and shown in the report; activate the gateway in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is shown for you to accept.</source>
        <translation>Este programa no puede activar la pasarela: ninguna interfaz pública de Rainbow lo hace. Su elección se registra y aparece en el informe; active la pasarela en el portal de administración de Rainbow (Customer companies &gt; la empresa &gt; Communication &gt; Comm. Servers &gt; el servidor), donde se le presenta su acuerdo de licencia para que lo acepte.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../installer_app/ui/widgets/preflight_panel.py" line="+71"/>
        <source>Chec&amp;k before declaring</source>
        <translation>&amp;Verificar antes de declarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check before declaring</source>
        <translation>Verificar antes de declarar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Rainbow, without changing anything, whether the declaration would go through.</source>
        <translation>Preguntar a Rainbow, sin cambiar nada, si la declaración se aceptaría.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the &amp;request</source>
        <translation>Mostrar la &amp;solicitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request the declaration would send</source>
        <translation>La solicitud que enviaría la declaración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the declaration would send to Rainbow, secrets masked:</source>
        <translation>Lo que la declaración enviaría a Rainbow, con los secretos ocultos:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complete the installation to check it.</source>
        <translation>Complete la instalación para verificarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Rainbow to check.</source>
        <translation>Inicie sesión en Rainbow para verificar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking Rainbow (nothing is changed)…</source>
        <translation>Consultando a Rainbow (no se cambia nada)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check cancelled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX on Rainbow</source>
        <translation>Centralita en Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Reglas de numeración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The declaration would go through.</source>
        <translation>La declaración se aceptaría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The declaration would not go through: see the problems below.</source>
        <translation>La declaración no se aceptaría: vea los problemas de abajo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is already declared for this company: nothing would be sent.</source>
        <translation>La centralita ya está declarada para esta empresa: no se enviaría nada.</translation>
    </message>
</context>
<context>
    <name>RainbowAccountForm</name>
    <message>
        <location filename="../installer_app/ui/widgets/rainbow_account_form.py" line="+56"/>
        <source>Rainbow server in use</source>
        <translation>Servidor de Rainbow en uso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo account of the embedded sandbox: its login, password and application are filled in. Nothing you do here reaches the real Rainbow.</source>
        <translation>Cuenta de demostración de la sandbox integrada: el usuario, la contraseña y la aplicación ya están rellenados. Nada de lo que haga aquí llega al Rainbow real.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rainbow server problem</source>
        <translation>Problema con el servidor de Rainbow</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo account of the embedded sandbox: you changed its login or password. &lt;a href=&quot;#demo&quot;&gt;Fill in the demo account again&lt;/a&gt;.</source>
        <translation>Cuenta de demostración de la sandbox integrada: ha cambiado el usuario o la contraseña. &lt;a href=&quot;#demo&quot;&gt;Volver a rellenar la cuenta de demostración&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rainbow admin account</source>
        <translation>Cuenta de administrador de Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow login (e-mail)</source>
        <translation>Usuario de Rainbow (correo electrónico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login problem</source>
        <translation>Problema con el usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow password</source>
        <translation>Contraseña de Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password problem</source>
        <translation>Problema con la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password and application secret are kept in the operating system&apos;s keyring (never in a file), for this server and login.</source>
        <translation>La contraseña y el secreto de la aplicación se guardan en el llavero del sistema operativo (nunca en un archivo), para este servidor y este usuario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyring problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session &amp;only</source>
        <translation>Recordar &amp;solo durante esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Recordar solo durante esta sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in memory until the program closes, never written anywhere: type the password again at the next start.</source>
        <translation>Se conserva en memoria hasta que se cierra el programa y nunca se escribe en ningún sitio: vuelva a escribir la contraseña en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Login (e-mail):</source>
        <translation>&amp;Usuario (correo electrónico):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;dvanced: Rainbow application</source>
        <translation>Avanza&amp;do: aplicación Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your account signs in through a Rainbow application (developers.openrainbow.com &gt; My applications). Otherwise leave both empty.</source>
        <translation>Solo si su cuenta inicia sesión a través de una aplicación Rainbow (developers.openrainbow.com &gt; My applications). Si no, deje ambos campos vacíos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application id</source>
        <translation>ID de la aplicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application secret</source>
        <translation>Secreto de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application problem</source>
        <translation>Problema con la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application &amp;id:</source>
        <translation>ID de la a&amp;plicación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application s&amp;ecret:</source>
        <translation>S&amp;ecreto de la aplicación:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow</source>
        <translation>Iniciar sesión en Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sign-in</source>
        <translation>Cance&amp;lar el inicio de sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in result</source>
        <translation>Resultado del inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring warning</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Login: type the e-mail address of the admin account.</source>
        <translation>Usuario: escriba la dirección de correo electrónico de la cuenta de administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login: a Rainbow login is an e-mail address, e.g. name@partner.com.</source>
        <translation>Usuario: un usuario de Rainbow es una dirección de correo electrónico, p. ej. nombre@partner.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: type the password of this account.</source>
        <translation>Contraseña: escriba la contraseña de esta cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application: type both the application id and its secret, or neither.</source>
        <translation>Aplicación: escriba el ID de la aplicación y su secreto, o ninguno de los dos.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="+97"/>
        <location line="+1"/>
        <source>&amp;Handover report…</source>
        <translation>&amp;Informe de entrega…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the handover report</source>
        <translation>Redactar el informe de entrega</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report needs a complete installation:</source>
        <translation>El informe de entrega requiere una instalación completa:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report was saved to %1.</source>
        <translation>El informe de entrega se ha guardado en %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the handover report</source>
        <translation>Guardar el informe de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover report</source>
        <translation>Informe de entrega</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../installer_app/ui/support/report_pdf.py" line="+77"/>
        <source>Handover report – %1</source>
        <translation>Informe de entrega – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No numbering rules: Rainbow&apos;s own analysis applies.</source>
        <translation>Sin reglas de numeración: se aplica el análisis propio de Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX receives</source>
        <translation>La centralita recibe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no example</source>
        <translation>sin ejemplo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(rule %1 applies first)</source>
        <translation>(la regla %1 se aplica antes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blocks)</source>
        <translation>(bloquea)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No status change recorded yet.</source>
        <translation>Aún no se ha registrado ningún cambio de estado.</translation>
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
        <translation>Centralita</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <translation>elegida: a activar en el portal de administración de Rainbow (véase abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen</source>
        <translation>no elegida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not sent to Rainbow: enter it in the portal&apos;s Dialing information</source>
        <translation>no se envía a Rainbow: introdúzcalo en la Dialing information del portal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known yet (generated by Rainbow at declaration)</source>
        <translation>aún desconocido (lo genera Rainbow al declarar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>no se usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(name not recorded)</source>
        <translation>(nombre no registrado)</translation>
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
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
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
        <translation>Pasarela WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Servidor de Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>ID de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialing</source>
        <translation>Marcación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Prefijo nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Prefijo internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Prefijo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Número de la instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbering rules</source>
        <translation>Reglas de numeración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do in the Rainbow admin portal</source>
        <translation>Pendiente en el portal de administración de Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PBX (OMC)</source>
        <translation>Centralita (OMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow system</source>
        <translation>Sistema Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Declarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX configured</source>
        <translation>Centralita configurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified (Running and Connected)</source>
        <translation>Verificada (Running y Connected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Handover report</source>
        <translation>Informe de entrega</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 on Rainbow, for %2.</source>
        <translation>%1 en Rainbow, para %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Informe de entrega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, as the customer knows you</source>
        <translation>Su nombre, tal como lo conoce el cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technician:</source>
        <translation>&amp;Técnico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the activation code in the report</source>
        <translation>&amp;Mostrar el código de activación en el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the activation code in the report</source>
        <translation>Mostrar el código de activación en el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masked by default: the report is usually handed to the customer.</source>
        <translation>Oculto por defecto: el informe suele entregarse al cliente.</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../installer_app/ui/widgets/rule_tester.py" line="+39"/>
        <source>Tester</source>
        <extracomment>Longest number the tester accepts.</extracomment>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number to test</source>
        <translation>Número que probar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number as a Rainbow user dials it (up to %1 characters)</source>
        <translation>Un número tal como lo marca un usuario de Rainbow (hasta %1 caracteres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test a number:</source>
        <translation>Pr&amp;obar un número:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a number to see what the PBX receives.</source>
        <translation>Escriba un número para ver lo que recibe la centralita.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule %1 matched → blocked: the call is not placed.</source>
        <translation>Se aplica la regla %1 → bloqueada: la llamada no se realiza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 matched → %2</source>
        <translation>Se aplica la regla %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rule matched: default analysis → %1</source>
        <translation>No se aplica ninguna regla: análisis por defecto → %1</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../installer_app/ui/widgets/rules_table.py" line="+46"/>
        <source>Pattern</source>
        <extracomment>Which column shows which Rainbow field.</extracomment>
        <translation>Patrón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/settings_dialog.py" line="+74"/>
        <source>Settings</source>
        <extracomment>QSettings key: path of the custom CA bundle (PEM); absent when none. QSettings key of the interface language (shared with the &quot;Language…&quot; entry); next start.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear copied activation codes from the clipboard after 60 s</source>
        <translation>&amp;Borrar del portapapeles los códigos de activación copiados al cabo de 60 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear copied activation codes from the clipboard after 60 seconds</source>
        <translation>Borrar del portapapeles los códigos de activación copiados al cabo de 60 segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the clipboard still holds the code: anything copied since stays.</source>
        <translation>Solo si el portapapeles aún contiene el código: lo que se haya copiado después se conserva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only on networks whose proxy or antivirus inspects TLS: the PEM file of its CA certificate (ask the network administrator). It is trusted in addition to the usual authorities, from the next sign-in.</source>
        <translation>Solo en redes cuyo proxy o antivirus inspecciona TLS: el archivo PEM de su certificado de CA (pídalo al administrador de la red). Se considera de confianza además de las autoridades habituales a partir del próximo inicio de sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom CA bundle file</source>
        <translation>Archivo de CA personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the usual authorities only</source>
        <translation>Ninguno: solo las autoridades habituales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA bundle file</source>
        <translation>Elegir el archivo de CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA bundle problem</source>
        <translation>Problema con el archivo de CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;CA bundle (PEM):</source>
        <translation>Archivo de &amp;CA personalizado (PEM):</translation>
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
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies the next time the program starts.</source>
        <translation>Se aplica la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CA certificate of the proxy</source>
        <translation>Certificado de CA del proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../installer_app/ui/pages/sign_in.py" line="+67"/>
        <source>Sign in to Rainbow</source>
        <extracomment>QSettings keys (followed by the server address, percent-encoded): non-secret values only.</extracomment>
        <translation>Iniciar sesión en Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the business-partner admin account that manages the customer company.</source>
        <translation>Use la cuenta de administrador del Business Partner que gestiona la empresa cliente.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rainbow server in use: %1</source>
        <translation>Servidor de Rainbow en uso: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing in to Rainbow: wait, or press Cancel.</source>
        <translation>Iniciando sesión en Rainbow: espere o pulse Cancelar.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Password taken from the environment (INSTALLER_APP_PASSWORD).</source>
        <translation>Contraseña tomada del entorno (INSTALLER_APP_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password filled in from the system keyring.</source>
        <translation>Contraseña rellenada desde el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick &quot;Remember for this session only&quot; to keep the password in memory until the program closes; it is never written to a file.</source>
        <translation>Marque «Recordar solo durante esta sesión» para conservar la contraseña en memoria hasta que se cierre el programa; nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring cannot be used on this computer.</source>
        <translation>El llavero del sistema no se puede usar en este equipo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remembered for this session only, in memory: never written anywhere.</source>
        <translation>Recordada solo durante esta sesión, en memoria: nunca se escribe en ningún sitio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out: the account changed. Press Sign in again.</source>
        <translation>Sesión cerrada: la cuenta ha cambiado. Pulse de nuevo Iniciar sesión.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in failed unexpectedly: %1</source>
        <translation>El inicio de sesión falló de forma inesperada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address; the details are in the log.</source>
        <translation>Compruebe la dirección del servidor; los detalles están en el registro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
</context>
<context>
    <name>SiteChooser</name>
    <message>
        <location filename="../installer_app/ui/widgets/site_chooser.py" line="+65"/>
        <source>Site problem</source>
        <translation>Problema con la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;y again</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the sites again</source>
        <translation>Volver a leer las sedes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site of the PBX</source>
        <translation>Sede de la centralita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;te:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cre&amp;ate a site named:</source>
        <translation>Crear una sede &amp;llamada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a site</source>
        <translation>Crear una sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the site to create</source>
        <translation>Nombre de la sede que se va a crear</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the sites of %1…</source>
        <translation>Leyendo las sedes de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site: %1 (the company&apos;s only site, chosen automatically).</source>
        <translation>Sede: %1 (la única sede de la empresa, elegida automáticamente).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the site…</source>
        <translation>Elija la sede…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has %2 sites: choose the one the PBX belongs to.</source>
        <translation>%1 tiene %2 sedes: elija aquella a la que pertenece la centralita.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no site on Rainbow yet, and a PBX must belong to a site. The site is created when the PBX is declared.</source>
        <translation>%1 aún no tiene ninguna sede en Rainbow, y una centralita debe pertenecer a una sede. La sede se crea al declarar la centralita.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sites of %1 could not be read.</source>
        <translation>No se han podido leer las sedes de %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wait: the sites of %1 are being read.</source>
        <translation>Espere: se están leyendo las sedes de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sites of %1 could not be read: press Try again.</source>
        <translation>No se han podido leer las sedes de %1: pulse Reintentar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: choose the site of %1 the PBX belongs to.</source>
        <translation>Sede: elija la sede de %1 a la que pertenece la centralita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site: %1 has no site; tick &apos;Create a site named&apos; or create one in the Rainbow admin portal (Customer companies &gt; %1).</source>
        <translation>Sede: %1 no tiene ninguna sede; marque «Crear una sede llamada» o cree una en el portal de administración de Rainbow (Customer companies &gt; %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: type the name of the site to create.</source>
        <translation>Sede: escriba el nombre de la sede que se va a crear.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../installer_app/ui/pages/start.py" line="+34"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associate an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow.</source>
        <translation>Asocie una centralita OXO Connect u OXO Connect Evolution a una empresa cliente en Rainbow.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do you want to do?</source>
        <extracomment>Asks for a protected file&apos;s passphrase; tests replace it.</extracomment>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w installation</source>
        <translation>Nueva &amp;instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New installation</source>
        <translation>Nueva instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an installation file…</source>
        <translation>&amp;Abrir un archivo de instalación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Open an installation file</source>
        <translation>Abrir un archivo de instalación</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Prepare o&amp;ffline (no Rainbow sign-in now)</source>
        <translation>Preparar sin &amp;conexión (sin iniciar sesión en Rainbow ahora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare offline</source>
        <translation>Preparar sin conexión</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Servidor de Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedded sandbox (training)</source>
        <translation>Sandbox integrada (formación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (openrainbow.com)</source>
        <translation>Producción (openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rainbow sandbox (sandbox.openrainbow.com)</source>
        <translation>Sandbox de Rainbow (sandbox.openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address…</source>
        <translation>Dirección personalizada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom Rainbow server address</source>
        <translation>Dirección personalizada del servidor de Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the Rainbow server&apos;s address, starting with https://.</source>
        <translation>Escriba la dirección del servidor de Rainbow, empezando por https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow server in use: %1</source>
        <translation>Servidor de Rainbow en uso: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OMC &quot;Domain name&quot; for this server: %1 (inferred from its address: only openrainbow.com is documented).</source>
        <translation>&quot;Domain name&quot; de OMC para este servidor: %1 (deducido de su dirección: solo openrainbow.com está documentado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OMC &quot;Domain name&quot; for this server: %1.</source>
        <translation>&quot;Domain name&quot; de OMC para este servidor: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Protected installation file</source>
        <translation>Archivo de instalación protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase protecting %1:</source>
        <translation>Frase de contraseña que protege %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installation files (*.json);;All files (*)</source>
        <translation>Archivos de instalación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the installation file</source>
        <translation>No se puede abrir el archivo de instalación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../installer_app/ui/pages/base.py" line="+54"/>
        <source>Why Next is disabled</source>
        <extracomment>The focus of a check box or a radio button, plain to see: the style&apos;s dotted rectangle around the text alone was too faint. A transparent border keeps the size when the focus moves.</extracomment>
        <translation>Por qué Siguiente está desactivado</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../installer_app/ui/pages/summary.py" line="+44"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything once more. Each part links back to its page.</source>
        <translation>Compruébelo todo una vez más. Cada parte enlaza con su página.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save installation file…</source>
        <extracomment>Every Change button, top to bottom (two rows may lead to one step).</extracomment>
        <translation>&amp;Guardar el archivo de instalación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Save installation file</source>
        <translation>Guardar el archivo de instalación</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Protect the equipment id and activation code with a passphrase</source>
        <translation>&amp;Proteger el ID de equipo y el código de activación con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Declare on Rainbow</source>
        <translation>&amp;Declarar en Rainbow</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change</source>
        <extracomment>Asks where to save, and a new passphrase; tests replace them.</extracomment>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Installation number: not given</source>
        <translation>Número de instalación: no indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number: %1 (not sent to Rainbow: enter it in the portal&apos;s &quot;Dialing information&quot;)</source>
        <translation>Número de instalación: %1 (no se envía a Rainbow: introdúzcalo en «Dialing information» del portal)</translation>
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
        <translation>sin elegir</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Equipment id and activation code: %1</source>
        <translation>ID de equipo y código de activación: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment id: %1 (activation code recorded)</source>
        <translation>ID de equipo: %1 (código de activación guardado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated by Rainbow at declaration</source>
        <translation>Generados por Rainbow al declarar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not used</source>
        <translation>no se usa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; national %2, international %3, outbound %4</source>
        <translation>%1; nacional %2, internacional %3, salida %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(blocked)</source>
        <translation>(bloqueado)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>none (Rainbow&apos;s default analysis)</source>
        <translation>ninguna (análisis por defecto de Rainbow)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Change: %1</source>
        <translation>Cambiar: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Rainbow id %1)</source>
        <translation>(id de Rainbow %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: %1</source>
        <translation>Sede: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1, created at declaration</source>
        <translation>Sede: %1, creada en la declaración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: chosen at declaration</source>
        <translation>Sede: elegida en la declaración</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>WebRTC gateway wanted: to activate in the Rainbow admin portal</source>
        <translation>Pasarela WebRTC deseada: a activar en el portal de administración de Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebRTC gateway not wanted</source>
        <translation>Pasarela WebRTC no deseada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Servidor de Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX</source>
        <translation>Centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Empresa cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialing</source>
        <translation>Marcación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Reglas de numeración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to do: save the installation file, then sign in and declare on Rainbow (from the office or on site), configure the PBX and check both statuses.</source>
        <translation>Pendiente: guardar el archivo de instalación; después, iniciar sesión y declarar en Rainbow (desde la oficina o in situ), configurar la centralita y comprobar ambos estados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already declared on Rainbow: declaring again reuses the same system.</source>
        <translation>Ya declarada en Rainbow: declarar de nuevo reutiliza el mismo sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: declare the PBX on Rainbow, then configure the PBX.</source>
        <translation>A continuación: declare la centralita en Rainbow y después configúrela.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation files (*.json)</source>
        <translation>Archivos de instalación (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The installation file cannot be saved yet:</source>
        <translation>El archivo de instalación aún no se puede guardar:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(protected by a passphrase)</source>
        <translation>(protegido con una frase de contraseña)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Protect the installation file</source>
        <translation>Proteger el archivo de instalación</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Nueva frase de contraseña (8 caracteres como mínimo):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ: nothing was saved.</source>
        <translation>Las dos frases de contraseña no coinciden: no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation file</source>
        <translation>Archivo de instalación</translation>
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
        <translation>Ha ocurrido un problema que el programa no esperaba. Sus datos se conservan; puede continuar o guardar el archivo de instalación.</translation>
    </message>
</context>
<context>
    <name>UnrecordedCredentialsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/unrecorded_credentials.py" line="+34"/>
        <source>Copy the credentials now</source>
        <translation>Copie ahora las credenciales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2

Copy the equipment id and activation code now and enter them in OMC &gt; Cloud &gt; Rainbow. Then save the installation to a folder you may write to and declare again: the declaration is found and recorded.</source>
        <translation>La centralita está declarada en Rainbow (sistema %1), pero no se puede escribir el archivo de instalación: %2

Copie ahora el identificador de equipo y el código de activación e introdúzcalos en OMC &gt; Cloud &gt; Rainbow. Después guarde la instalación en una carpeta en la que pueda escribir y vuelva a declarar: la declaración se encuentra y se registra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Equipment id (PABX-ID):</source>
        <translation>ID de equipo (PABX-ID):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation code:</source>
        <translation>Código de activación:</translation>
    </message>
</context>
</TS>
