<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AppActions</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/app_actions.py" line="166" />
            <source>%n sample item(s) loaded</source>
            <translation>
                <numerusform>%n sample item loaded</numerusform>
                <numerusform>%n sample items loaded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachmentModel</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/models/attachment_model.py" line="81" />
            <source>%n character(s) of text, searchable</source>
            <translation>
                <numerusform>%n character of text, searchable</numerusform>
                <numerusform>%n characters of text, searchable</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilingTab</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="181" />
            <source>filed %n day(s) late</source>
            <translation>
                <numerusform>filed %n day late</numerusform>
                <numerusform>filed %n days late</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemPane</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/item_pane.py" line="109" />
            <source>Review clock paused (returned for materials): %n working day(s) left</source>
            <translation>
                <numerusform>Review clock paused (returned for materials): %n working day left</numerusform>
                <numerusform>Review clock paused (returned for materials): %n working days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="161" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="164" />
            <location filename="../../workbench/ui/labels.py" line="170" />
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="193" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="174" />
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="194" />
            <source>Due within %n working day(s)</source>
            <translation>
                <numerusform>Due within %n working day</numerusform>
                <numerusform>Due within %n working days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="187" />
            <source>Returned for materials: the review clock is paused with %n working day(s) left</source>
            <translation>
                <numerusform>Returned for materials: the review clock is paused with %n working day left</numerusform>
                <numerusform>Returned for materials: the review clock is paused with %n working days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MaterialsTab</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="157" />
            <source>%n file(s) attached to %1</source>
            <translation>
                <numerusform>%n file attached to %1</numerusform>
                <numerusform>%n files attached to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="262" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ViewListModel</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/models/view_list_model.py" line="49" />
            <source>%n column filter(s)</source>
            <translation>
                <numerusform>%n column filter</numerusform>
                <numerusform>%n column filters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/models/view_list_model.py" line="118" />
            <source>%1: %n item(s)</source>
            <translation>
                <numerusform>%1: %n item</numerusform>
                <numerusform>%1: %n items</numerusform>
            </translation>
        </message>
    </context>
</TS>
