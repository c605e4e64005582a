<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Labels</name>
        <message>
            <source>Levy or expropriation</source>
            <translation>征收</translation>
        </message>
        <message>
            <source>Adds powers / drops duties</source>
            <translation>增加权力/减少职责</translation>
        </message>
        <message>
            <source>Sets a levy, expropriation, fund or other charge without a law behind it.</source>
            <translation>没有法律依据设定征收、征用、基金或者其他财产负担。</translation>
        </message>
        <message>
            <source>Gives the department powers no law gives it, or drops a statutory duty.</source>
            <translation>增加法律、法规规定之外的行政权力事项，或者减少法定职责。</translation>
        </message>
    </context>
</TS>
