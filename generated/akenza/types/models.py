"""Data models of the akenza API v3 API, inferred from its examples.

Every model keeps fields it does not declare (``extra="allow"``) and accepts both
the wire names and the python names. ``model_dump(by_alias=True, exclude_unset=True)``
gives back what the server sent.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AccumulatorType",
    "ActilityMotionIndicator",
    "ActilityProperties",
    "ActilityPropertiesParam",
    "ActionParam",
    "ActionState",
    "ActionType",
    "ActivationMode",
    "AggregationQuery",
    "Algorithm",
    "AmazonKinesisProperties",
    "AssetType",
    "AuthType",
    "AzureProperties",
    "BackfillDeviceDataRequest",
    "Carrier",
    "ComparisonChainOperator",
    "ComparisonCondition",
    "ComparisonLogic",
    "ComparisonOperandType",
    "ComparisonOperator",
    "ConditionParam",
    "Connectivity",
    "CreateCustomFieldRequest",
    "CreateCustomLogicBlockPropertyParam",
    "CreateCustomLogicBlockRequest",
    "CreateDataFlowRequest",
    "CreateDeviceConfigurationRequest",
    "CreateDeviceConnectorRequest",
    "CreateDeviceCredentialRequest",
    "CreateDeviceRequest",
    "CreateDeviceTypeMetaParam",
    "CreateDeviceTypeRequest",
    "CreateOutputConnectorRequest",
    "CreateRuleRequest",
    "CreateTagRequest",
    "CreateWorkspaceRequest",
    "CreateWorkspaceSettingsParam",
    "CustomAkenzaDbProperties",
    "CustomFieldMetaType",
    "CustomFieldMetadata",
    "CustomFieldParam",
    "CustomFieldValue",
    "CustomLogic",
    "CustomLogicBlock",
    "CustomLogicBlockProperty",
    "CustomLogicDataSource",
    "CustomLogicProperty",
    "DataFlow",
    "DataSourceParam",
    "DecodingType",
    "Device",
    "DeviceConfiguration",
    "DeviceConnector",
    "DeviceCredential",
    "DeviceData",
    "DeviceOnlineState",
    "DeviceType",
    "DeviceTypeMetadata",
    "DownlinkContentType",
    "DownlinkProperties",
    "DownlinkScriptParam",
    "EmitType",
    "ErrorBody",
    "GcpProperties",
    "GeoFenceLogic",
    "GpsCoordinates",
    "InfluxProperties",
    "InputParam",
    "InputType",
    "Integration",
    "IntegrationType",
    "IntervalParam",
    "KafkaProperties",
    "KafkaSaslMechanism",
    "KafkaSecurityProtocol",
    "KpiAggregationResult",
    "LatestSample",
    "LifecycleMessageInterval",
    "LoRaClass",
    "LogicBlockParam",
    "LogicDataSourceParam",
    "LogicParam",
    "LogicSource",
    "LogicType",
    "LoraDownlinkParam",
    "LoraProperties",
    "LoraPropertiesParam",
    "MailProperties",
    "MailPropertiesParam",
    "MessageResponse",
    "MinimalCustomFieldMeta",
    "MinimalDataFlow",
    "MinimalDeviceConnector",
    "MinimalDeviceType",
    "MinimalRule",
    "MqttDownlinkParam",
    "MsTeamsProperties",
    "OperandFirst",
    "OperandFirstParam",
    "OperandSecond",
    "OperandSecondParam",
    "Operation",
    "OperationAction",
    "OperationType",
    "Organization",
    "OutputConnector",
    "OutputConnectorParam",
    "OutputConnectorReference",
    "OutputConnectorScope",
    "OutputConnectorType",
    "Owner",
    "QueryDeviceDataRequest",
    "ReferenceParam",
    "Rule",
    "RuleAction",
    "RuleInput",
    "RuleLogic",
    "RunScriptRequest",
    "Script",
    "ScriptRunResult",
    "SendDownlinkRequest",
    "SendHttpUplinkResult",
    "SlackProperties",
    "SmsProperties",
    "SmsRecipient",
    "Tag",
    "TimeSeriesAggregationResult",
    "Timer",
    "TimerParam",
    "TimerType",
    "TimestampParam",
    "TtnProperties",
    "UpdateCustomFieldRequest",
    "UpdateCustomLogicBlockRequest",
    "UpdateDataFlowRequest",
    "UpdateDeviceConnectorRequest",
    "UpdateDeviceCustomFieldParam",
    "UpdateDeviceRequest",
    "UpdateOutputConnectorRequest",
    "UpdateRuleRequest",
    "UpdateTagRequest",
    "UpdateWorkspaceRequest",
    "UplinkMetrics",
    "UplinkScriptParam",
    "ValueType",
    "WebhookAuthType",
    "WebhookContentType",
    "WebhookHttpMethod",
    "WebhookProperties",
    "Workspace",
    "WorkspaceSettings",
    "YanziProperties",
]


class _OpenEnum(StrEnum):
    """An enum that accepts values it does not list: the API may add some later.

    An unknown value becomes a member of its own (``Color("teal").value == "teal"``)
    instead of failing validation of the whole response.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class AccumulatorType(_OpenEnum):
    """How an aggregation combines the samples of an interval."""

    MIN = "MIN"
    MAX = "MAX"
    AVG = "AVG"
    SUM = "SUM"
    COUNT = "COUNT"
    FIRST = "FIRST"
    MATCHED_COUNT = "MATCHED_COUNT"
    UNMATCHED_COUNT = "UNMATCHED_COUNT"
    NONE = "NONE"


class ActilityMotionIndicator(_OpenEnum):
    """How fast an Actility LoRaWAN device moves."""

    NEAR_STATIC = "NEAR_STATIC"
    WALKING_SPEED = "WALKING_SPEED"
    VEHICLE_SPEED = "VEHICLE_SPEED"
    BIKE_SPEED = "BIKE_SPEED"
    RANDOM = "RANDOM"


class ActilityProperties(BaseModel):
    """The `actilityProperties` field of `LoraProperties`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    actility_id: str = Field(alias="actilityId", description='Example: "0000000"')
    connectivity_plan_id: str = Field(
        alias="connectivityPlanId", description='Example: "swisscom-cs/swisscom-cp-nb-notrouted"'
    )
    device_profile_id: str = Field(
        alias="deviceProfileId", description='Example: "LORA/SwisscomA.1_FCC_Rx2-SF9"'
    )
    motion_indicator: ActilityMotionIndicator = Field(
        alias="motionIndicator", description='Example: "NEAR_STATIC"'
    )
    routing_profile_id: str = Field(
        alias="routingProfileId", description='Example: "TWA_100015943.49486"'
    )


class ActilityPropertiesParam(BaseModel):
    """The `actilityProperties` field of `LoraPropertiesParam`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    actility_id: str | None = Field(alias="actilityId", description='Example: "0000000"')
    connectivity_plan_id: str | None = Field(
        alias="connectivityPlanId", description='Example: "swisscom-cs/swisscom-cp-nb-notrouted"'
    )
    device_profile_id: str | None = Field(
        alias="deviceProfileId", description='Example: "LORA/SwisscomA.1_FCC_Rx2-SF9"'
    )
    motion_indicator: ActilityMotionIndicator = Field(
        alias="motionIndicator", description='Example: "NEAR_STATIC"'
    )
    routing_profile_id: str | None = Field(
        default=None, alias="routingProfileId", description='Example: "TWA_100015943.49486"'
    )


class ActionParam(BaseModel):
    """An item of the `actions` field of `CreateRuleRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "0900000000000000"')
    name: str | None = Field(description='Example: "CO2 Alert"')
    type: OutputConnectorType = Field(description='Example: "SMS"')
    configuration: dict[str, Any] = Field(
        description="Free-form JSON object: its keys are not fixed. Example: {}"
    )


class ActionState(_OpenEnum):
    """State of one action of an operation."""

    STARTED = "STARTED"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class ActionType(_OpenEnum):
    """What one action of an operation does."""

    CREATE = "CREATE"
    UPDATE = "UPDATE"
    DELETE = "DELETE"
    REGISTER = "REGISTER"
    DEREGISTER = "DEREGISTER"
    ACTIVATE = "ACTIVATE"
    DEACTIVATE = "DEACTIVATE"
    INTEGRATION_SYNC = "INTEGRATION_SYNC"
    BULK_DEACTIVATE = "BULK_DEACTIVATE"
    BULK_ACTIVATE = "BULK_ACTIVATE"
    INTEGRATION_DELETE = "INTEGRATION_DELETE"
    FORCE_TERMINATE = "FORCE_TERMINATE"
    DATA_EXPORT = "DATA_EXPORT"
    DATA_DELETE = "DATA_DELETE"


class ActivationMode(_OpenEnum):
    """How a LoRaWAN device joins the network."""

    OTAA = "OTAA"
    ABP = "ABP"


class AggregationQuery(BaseModel):
    """The request body of `POST /v3/devices/{device_id}/query/raw/time-series`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    topic: str | None = Field(default=None, description='Example: "default"')
    data_key: str | None = Field(alias="dataKey", description='Example: "co2"')
    accumulator: AccumulatorType = Field(description='Example: "AVG"')
    interval: IntervalParam | None
    bucket_interval: str | None = Field(
        default=None, alias="bucketInterval", description='Example: "PT1H"'
    )


class Algorithm(_OpenEnum):
    """Key algorithm and format of a device credential."""

    RSA256_PEM = "RSA256_PEM"
    RSA256_X509_PEM = "RSA256_X509_PEM"
    EC256_PEM = "EC256_PEM"
    EC256_X509_PEM = "EC256_X509_PEM"


class AmazonKinesisProperties(BaseModel):
    """Settings of an Amazon Kinesis output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    iam_access_key_id: str = Field(alias="iamAccessKeyId")
    iam_secret_access_key: str = Field(alias="iamSecretAccessKey")
    kinesis_arn: str = Field(alias="kinesisArn")


class AssetType(_OpenEnum):
    """The kind of asset."""

    DEVICE = "DEVICE"
    SIM_CARD = "SIM_CARD"


class AuthType(_OpenEnum):
    """How devices authenticate with a device connector."""

    BASIC = "BASIC"
    DEVICE_CREDENTIALS = "DEVICE_CREDENTIALS"


class AzureProperties(BaseModel):
    """Settings of an Azure IoT Hub output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    connection_string: str = Field(alias="connectionString")


class BackfillDeviceDataRequest(BaseModel):
    """The request body of `POST /v3/devices/{device_id}/backfill`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    timestamp: datetime | None = Field(
        default=None, description='ISO 8601 date-time. Example: "2022-12-15T08:00:00Z"'
    )
    topic: str | None = Field(default=None, description='Example: "default"')
    data: dict[str, Any] = Field(
        description="Free-form JSON object: the data, shaped like the device type script's output."
    )


class Carrier(_OpenEnum):
    """The LoRaWAN network server a device or connector uses."""

    GENERIC_ACTILITY = "GENERIC_ACTILITY"
    SWISSCOM_ACTILITY = "SWISSCOM_ACTILITY"
    LORIOT = "LORIOT"
    TTN = "TTN"


class ComparisonChainOperator(_OpenEnum):
    """How a condition combines with the next one."""

    AND = "AND"
    OR = "OR"


class ComparisonCondition(BaseModel):
    """An item of the `conditions` field of `LogicBlock`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    operand_first: OperandFirst = Field(alias="operandFirst")
    operator: ComparisonOperator = Field(description='Example: "GT"')
    operand_second: OperandSecond = Field(alias="operandSecond")
    order: int = Field(description="Example: 0")
    chain_operator: ComparisonChainOperator | None = Field(
        alias="chainOperator",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )


class ComparisonLogic(BaseModel):
    """An item of the `logicBlocks` field of `Logic`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    conditions: list[ComparisonCondition]
    action_ids: list[str] = Field(alias="actionIds", description='Example: ["0900000000000000"]')


class ComparisonOperandType(_OpenEnum):
    """Where an operand's value comes from."""

    CONSTANT = "CONSTANT"
    DATA_SOURCE = "DATA_SOURCE"


class ComparisonOperator(_OpenEnum):
    """The comparison a rule condition makes."""

    EQ = "EQ"
    GT = "GT"
    LT = "LT"
    GTE = "GTE"
    LTE = "LTE"
    NEQ = "NEQ"
    NGT = "NGT"
    NLT = "NLT"
    NGTE = "NGTE"
    NLTE = "NLTE"


class ConditionParam(BaseModel):
    """An item of the `conditions` field of `LogicBlockParam`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    operand_first: OperandFirstParam | None = Field(alias="operandFirst")
    operator: ComparisonOperator = Field(description='Example: "GT"')
    operand_second: OperandSecondParam | None = Field(alias="operandSecond")
    order: int | None = Field(description="Example: 0")


class Connectivity(_OpenEnum):
    """How a device sends its data."""

    LORA = "LORA"
    MQTT = "MQTT"
    HTTP = "HTTP"
    COAP = "COAP"


class CreateCustomFieldRequest(BaseModel):
    """The request body of `POST /v3/custom-fields/meta`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    workspace_id: str | None = Field(alias="workspaceId", description='Example: "2900000000000000"')
    name: str | None = Field(description='Example: "Room"')
    description: str | None = Field(
        default=None, description='Example: "Room the device is installed in"'
    )
    type: CustomFieldMetaType = Field(description='Example: "STRING"')
    required: bool | None = Field(default=None, description="Example: false")
    select_options: list[str] | None = Field(
        default=None,
        alias="selectOptions",
        description='Example: ["Living Room", "Bed Room", "Kitchen"]',
    )


class CreateCustomLogicBlockPropertyParam(BaseModel):
    """An item of the `properties` field of `CreateCustomLogicBlockRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "Initial Threshold"')
    variable_name: str | None = Field(
        alias="variableName", description='Example: "initialThreshold"'
    )
    default_value: str | None = Field(
        default=None, alias="defaultValue", description='Example: "20"'
    )
    type: ValueType = Field(description='Example: "NUMERICAL"')


class CreateCustomLogicBlockRequest(BaseModel):
    """The request body of `POST /v3/rules/custom`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    organization_id: str | None = Field(
        alias="organizationId", description='Example: "2800000000000000"'
    )
    name: str | None = Field(description='Example: "Smart Temperature Alert"')
    description: str | None = Field(
        default=None, description='Example: "Adaptive temperature threshold alert"'
    )
    data_sources: list[DataSourceParam] | None = Field(alias="dataSources")
    properties: list[CreateCustomLogicBlockPropertyParam] | None
    script: str | None = Field(
        description='Example: "// A smart temperature monitoring rule that uses an adaptive threshold based...'
    )


class CreateDataFlowRequest(BaseModel):
    """The request body of `POST /v3/data-flows`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "HTTP Passthrough DF"')
    device_connector: ReferenceParam | None = Field(alias="deviceConnector")
    output_connectors: list[OutputConnectorParam] | None = Field(alias="outputConnectors")
    is_pass_through: bool | None = Field(
        default=None, alias="isPassThrough", description="Example: true"
    )
    description: str | None = Field(
        default=None,
        description='Example: "Stores HTTP uplinks unprocessed in the akenza database"',
    )
    workspace_id: str | None = Field(
        default=None, alias="workspaceId", description='Example: "2900000000000000"'
    )


class CreateDeviceConfigurationRequest(BaseModel):
    """The request body of `POST /v3/devices/{device_id}/configuration`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    workspace_id: str | None = Field(alias="workspaceId", description='Example: "2900000000000000"')
    configuration: dict[str, Any] = Field(
        description="Free-form JSON object: its keys are not fixed."
    )


class CreateDeviceConnectorRequest(BaseModel):
    """The request body of `POST /v3/device-connectors`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "My Connector"')
    description: str | None = Field(
        default=None, description='Example: "Connector for HTTP devices"'
    )
    workspace_id: str | None = Field(alias="workspaceId", description='Example: "2900000000000000"')
    auth_type: AuthType | None = Field(
        default=None, alias="authType", description="Example: <redacted>"
    )
    connectivity: Connectivity = Field(description='Example: "HTTP"')
    push_configuration_automatically: bool | None = Field(
        default=None, alias="pushConfigurationAutomatically", description="Example: false"
    )
    decoding_type: DecodingType | None = Field(
        default=None, alias="decodingType", description='Example: "NONE"'
    )


class CreateDeviceCredentialRequest(BaseModel):
    """The request body of `POST /v3/device-authorization/devices/{device_id}/credentials`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(default=None, description='Example: "Primary"')
    akenza_device_id: str | None = Field(
        alias="akenzaDeviceId", description='Example: "0200000000000000"'
    )
    algorithm: Algorithm = Field(description='Example: "EC256_X509_PEM"')
    public_key: str | None = Field(
        alias="publicKey",
        description='Example: "-----BEGIN CERTIFICATE-----\\\\nMIIBtzCCAV4CCQCFuOdmw61DiTAKBggqhkjOPQQDAjBkMQ...',
    )
    expiration: datetime | None = Field(
        default=None, description='ISO 8601 date-time. Example: "2023-01-16T10:42:37Z"'
    )


class CreateDeviceRequest(BaseModel):
    """The request body of `POST /v3/devices`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "Meeting room sensor"')
    description: str | None = Field(
        default=None, description='Example: "Temperature and humidity sensor in meeting room 1"'
    )
    device_id: str | None = Field(alias="deviceId", description='Example: "0A1FFFFFFFFFFF"')
    tags: list[ReferenceParam] | None = Field(default=None)
    custom_fields: list[CustomFieldParam] | None = Field(default=None, alias="customFields")
    workspace_id: str | None = Field(alias="workspaceId", description='Example: "2900000000000000"')
    data_flow_id: str | None = Field(alias="dataFlowId", description='Example: "0800000000000000"')
    connectivity: Connectivity = Field(description='Example: "HTTP"')
    properties: dict[str, Any] | None = Field(
        default=None, description="Free-form JSON object: its keys are not fixed."
    )
    online_timeout: int | None = Field(
        default=None, alias="onlineTimeout", description="Example: 86400"
    )
    timezone_offset: str | None = Field(
        default=None, alias="timezoneOffset", description='Example: "+01:00"'
    )


class CreateDeviceTypeMetaParam(BaseModel):
    """The `meta` field of `CreateDeviceTypeRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    manufacturer: str | None = Field(default=None, description='Example: "Akenza"')
    firmware_version: str | None = Field(
        default=None, alias="firmwareVersion", description='Example: "1.0.0"'
    )
    encoding: str | None = Field(default=None, description='Example: "HEX"')
    connectivity: str | None = Field(default=None, description='Example: "LORA"')
    available_sensors: list[str] | None = Field(
        default=None,
        alias="availableSensors",
        description='Example: ["Temperature", "Soil moisture"]',
    )
    output_topics: list[str] | None = Field(
        default=None, alias="outputTopics", description='Example: ["default"]'
    )


class CreateDeviceTypeRequest(BaseModel):
    """The request body of `POST /v3/device-types`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "Sensecap"')
    description: str | None = Field(
        default=None, description='Example: "SenseCAP soil moisture and temperature sensor"'
    )
    organization_id: str | None = Field(
        alias="organizationId", description='Example: "2800000000000000"'
    )
    meta: CreateDeviceTypeMetaParam | None
    uplink_script: UplinkScriptParam | None = Field(default=None, alias="uplinkScript")
    downlink_script: DownlinkScriptParam | None = Field(default=None, alias="downlinkScript")
    id: str | None = Field(default=None, description='Example: "33dbb14a0b86fc90"')


class CreateOutputConnectorRequest(BaseModel):
    """The request body of `POST /v3/output-connectors`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "Mail Connector"')
    scope: OutputConnectorScope | None = Field(default=None, description='Example: "DATA_FLOW"')
    workspace_id: str | None = Field(alias="workspaceId", description='Example: "2900000000000000"')
    send_consecutive_alerts: bool | None = Field(
        default=None, alias="sendConsecutiveAlerts", description="Example: false"
    )
    invoke_rule_engine: bool | None = Field(
        default=None, alias="invokeRuleEngine", description="Example: false"
    )
    type: OutputConnectorType = Field(description='Example: "MAIL"')
    mail_properties: MailPropertiesParam | None = Field(default=None, alias="mailProperties")


class CreateRuleRequest(BaseModel):
    """The request body of `POST /v3/rules`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "CO2 Alert"')
    workspace_id: str | None = Field(alias="workspaceId", description='Example: "2900000000000000"')
    inputs: list[InputParam] | None
    logic: LogicParam | None
    actions: list[ActionParam] | None
    timer: TimerParam | None = Field(default=None)
    active: bool | None = Field(default=None, description="Example: true")


class CreateTagRequest(BaseModel):
    """The request body of `POST /v3/tags`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "co2"')
    description: str | None = Field(default=None, description='Example: "CO2 sensors"')
    workspace_id: str | None = Field(alias="workspaceId", description='Example: "2900000000000000"')
    color: str | None = Field(default=None, description='Example: "#FF5733"')


class CreateWorkspaceRequest(BaseModel):
    """The request body of `POST /v3/workspaces`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "My Workspace"')
    organization_id: str | None = Field(
        alias="organizationId", description='Example: "2800000000000000"'
    )
    description: str | None = Field(default=None, description='Example: "Test workspace akenza"')
    settings: CreateWorkspaceSettingsParam | None = Field(default=None)
    properties: dict[str, Any] | None = Field(
        default=None, description="Free-form JSON object: its keys are not fixed. Example: {}"
    )


class CreateWorkspaceSettingsParam(BaseModel):
    """The `settings` field of `CreateWorkspaceRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    lifecycle_messages: bool | None = Field(
        default=None, alias="lifecycleMessages", description="Example: false"
    )
    lifecycle_message_interval: LifecycleMessageInterval | None = Field(
        default=None, alias="lifecycleMessageInterval", description='Example: "WEEKLY"'
    )
    lifecycle_message_recipients: list[str] | None = Field(
        default=None,
        alias="lifecycleMessageRecipients",
        description="No evidence: the examples only show `[]` here, so it is typed loosely. Example: []",
    )


class CustomAkenzaDbProperties(BaseModel):
    """Settings of a custom akenza database output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    topic: str
    target_device_id: str | None = Field(default=None, alias="targetDeviceId")
    use_current_device: bool = Field(alias="useCurrentDevice")


class CustomFieldMetaType(_OpenEnum):
    """The value type of a custom field."""

    NUMBER = "NUMBER"
    STRING = "STRING"
    DATE = "DATE"
    JSON = "JSON"
    GPS_COORDINATES = "GPS_COORDINATES"


class CustomFieldMetadata(BaseModel):
    """An item of the response of `GET /v3/custom-fields/meta` (200). Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "6900000000000001"')
    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    name: str = Field(description='Example: "Last Battery Change"')
    type: CustomFieldMetaType = Field(description='Example: "DATE"')
    description: str | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    required: bool = Field(description="Example: false")
    select_options: list[str] | None = Field(
        alias="selectOptions",
        description='Null in some examples. Example: ["Living Room", "Bed Room", "Kitchen"]',
    )
    created: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-05-25T17:36:22.000+00:00"'
    )
    updated: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-05-25T17:36:22.000+00:00"'
    )


class CustomFieldParam(BaseModel):
    """An item of the `customFields` field of `CreateDeviceRequest`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    field_meta_id: str | None = Field(
        alias="fieldMetaId", description='Example: "6900000000000002"'
    )
    string: str | None = Field(alias="STRING", description='Example: "Kitchen"')


class CustomFieldValue(BaseModel):
    """An item of the `customFields` field of `Device`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    meta: MinimalCustomFieldMeta
    created: datetime | None = Field(
        description='ISO 8601 date-time. Null in some examples. Example: "2022-01-21T10:56:01.000+00:00"'
    )
    updated: datetime | None = Field(
        description='ISO 8601 date-time. Null in some examples. Example: "2022-01-21T10:56:01.000+00:00"'
    )
    string: str | None = Field(
        default=None,
        alias="STRING",
        description='Missing from some examples (14 of 16 have it). Null in some examples. Example: "afafaf"',
    )
    number: float | None = Field(
        default=None,
        alias="NUMBER",
        description="Missing from some examples (15 of 16 have it). Null in some examples. Example: 1.0",
    )
    date_: datetime | None = Field(
        default=None,
        alias="DATE",
        description='ISO 8601 date-time. Missing from some examples (14 of 16 have it). Null in some examples. Example: "2021-09-02T09:43:00.000+00:00"',
    )
    json_: dict[str, Any] | None = Field(
        default=None, alias="JSON", description="Free-form JSON object: its keys are not fixed."
    )
    gps_coordinates: GpsCoordinates | None = Field(
        default=None,
        alias="GPS_COORDINATES",
        description="Missing from some examples (14 of 16 have it).",
    )


class CustomLogic(BaseModel):
    """The `customLogic` field of `Logic`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    custom_logic_id: str = Field(alias="customLogicId", description='Example: "3700000000000000"')
    action_ids: list[str] = Field(alias="actionIds", description='Example: ["0900000000000000"]')
    properties: list[CustomLogicProperty]
    name: str = Field(description='Example: "Smart Temperature Alert"')


class CustomLogicBlock(BaseModel):
    """An item of the response of `GET /v3/rules/custom` (200). Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    custom_logic_id: str = Field(alias="customLogicId", description='Example: "3700000000000000"')
    organization_id: str = Field(alias="organizationId", description='Example: "2800000000000000"')
    name: str = Field(description='Example: "Smart Temperature Alert"')
    description: str | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    data_sources: list[CustomLogicDataSource] = Field(alias="dataSources")
    properties: list[CustomLogicBlockProperty]
    script: str = Field(
        description='Example: "// A smart temperature monitoring rule that uses an adaptive threshold based...'
    )
    id: str = Field(description='Example: "3700000000000000"')
    rules: list[MinimalRule] | None = Field(
        default=None, description="Missing from some examples (3 of 5 have it)."
    )


class CustomLogicBlockProperty(BaseModel):
    """An item of the `properties` field of `CustomLogicBlock`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str = Field(description='Example: "Initial Threshold"')
    description: str | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    variable_name: str = Field(alias="variableName", description='Example: "initialThreshold"')
    default_value: str = Field(alias="defaultValue", description='Example: "20"')
    type: ValueType = Field(description='Example: "NUMERICAL"')


class CustomLogicDataSource(BaseModel):
    """An item of the `dataSources` field of `CustomLogicBlock`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str = Field(description='Example: "Temperature"')
    description: str | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    variable_name: str = Field(alias="variableName", description='Example: "temperature"')
    default_topic: str | None = Field(
        alias="defaultTopic", description='Null in some examples. Example: "default"'
    )
    default_data_key: str | None = Field(
        alias="defaultDataKey", description='Null in some examples. Example: "temperature"'
    )
    last_sample: bool = Field(alias="lastSample", description="Example: false")
    trigger_on_uplink: bool = Field(alias="triggerOnUplink", description="Example: false")


class CustomLogicProperty(BaseModel):
    """An item of the `properties` field of `CustomLogic`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str = Field(description='Example: "Initial Threshold"')
    description: str | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    variable_name: str = Field(alias="variableName", description='Example: "initialThreshold"')
    value: str = Field(description='Example: "20"')
    type: ValueType = Field(description='Example: "NUMERICAL"')


class DataFlow(BaseModel):
    """An item of the response of `GET /v3/data-flows` (200). Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0800000000000001"')
    version: int | None = Field(
        default=None, description="Missing from some examples (6 of 9 have it). Example: 0"
    )
    created: datetime | None = Field(
        default=None,
        description='ISO 8601 date-time. Missing from some examples (6 of 9 have it). Example: "2022-08-22T06:43:19.000+00:00"',
    )
    updated: datetime | None = Field(
        default=None,
        description='ISO 8601 date-time. Missing from some examples (6 of 9 have it). Null in some examples. Example: "2022-08-28T10:23:25.000+00:00"',
    )
    name: str = Field(description='Example: "78\'0io"')
    description: str | None = Field(description='Null in some examples. Example: ""')
    device_connector: DeviceConnector = Field(alias="deviceConnector")
    device_type: MinimalDeviceType | DeviceType | None = Field(
        alias="deviceType", description="Null in some examples."
    )
    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    organization_id: str = Field(alias="organizationId", description='Example: "2800000000000000"')
    output_connectors: list[OutputConnectorReference | OutputConnector] = Field(
        alias="outputConnectors"
    )
    pass_through: bool = Field(alias="passThrough", description="Example: false")


class DataSourceParam(BaseModel):
    """An item of the `dataSources` field of `CreateCustomLogicBlockRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(description='Example: "Temperature"')
    variable_name: str | None = Field(alias="variableName", description='Example: "temperature"')
    default_topic: str | None = Field(
        default=None, alias="defaultTopic", description='Example: "default"'
    )
    default_data_key: str | None = Field(
        default=None, alias="defaultDataKey", description='Example: "temperature"'
    )
    last_sample: bool | None = Field(default=None, alias="lastSample", description="Example: false")
    trigger_on_uplink: bool | None = Field(
        default=None, alias="triggerOnUplink", description="Example: false"
    )


class DecodingType(_OpenEnum):
    """The payload decoding a device connector applies."""

    EVERYNET = "EVERYNET"
    DISRUPTIVE_TECHNOLOGIES = "DISRUPTIVE_TECHNOLOGIES"
    SIGFOX = "SIGFOX"
    HELIUM = "HELIUM"
    CHIRP_STACK = "CHIRP_STACK"
    NONE = "NONE"


class Device(BaseModel):
    """An item of the response of `GET /v3/assets` (200). Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0200000000000000"')
    name: str = Field(description='Example: "kinesis device"')
    description: str | None = Field(description='Null in some examples. Example: ""')
    type: AssetType | None = Field(
        default=None, description='Missing from some examples (9 of 10 have it). Example: "DEVICE"'
    )
    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    organization_id: str = Field(alias="organizationId", description='Example: "2800000000000000"')
    integration: Integration | None = Field(
        default=None,
        description="Missing from some examples (9 of 10 have it). Null in some examples.",
    )
    custom_fields: list[CustomFieldValue] = Field(alias="customFields")
    tags: list[Tag]
    uplink_metrics: UplinkMetrics | None = Field(
        default=None,
        alias="uplinkMetrics",
        description="Missing from some examples (9 of 10 have it). Null in some examples.",
    )
    created: datetime = Field(
        description='ISO 8601 date-time. Example: "2021-10-22T08:13:50.000+00:00"'
    )
    updated: datetime = Field(
        description='ISO 8601 date-time. Example: "2021-10-22T08:13:50.000+00:00"'
    )
    device_id: str = Field(alias="deviceId", description='Example: "AFAFAFAFAFAFAF00"')
    properties: dict[str, Any] | None = Field(
        description="Free-form JSON object: its keys are not fixed. Example: {}"
    )
    connectivity: Connectivity = Field(description='Example: "HTTP"')
    online_timeout: int = Field(alias="onlineTimeout", description="Example: 43200")
    online: bool | None = Field(
        default=None,
        description="Missing from some examples (9 of 10 have it). Null in some examples. Example: false",
    )
    online_state: DeviceOnlineState | None = Field(
        default=None,
        alias="onlineState",
        description='Missing from some examples (9 of 10 have it). Example: "OFFLINE"',
    )
    registered: bool | None = Field(description="Null in some examples. Example: true")
    data_flow_id: str = Field(alias="dataFlowId", description='Example: "0800000000000004"')
    data_flow: MinimalDataFlow | None = Field(
        default=None, alias="dataFlow", description="Missing from some examples (9 of 10 have it)."
    )
    lora_properties: LoraProperties | None = Field(
        alias="loraProperties", description="Null in some examples."
    )
    integration_id: str | None = Field(
        default=None,
        alias="integrationId",
        description='Missing from some examples (1 of 10 have it). Example: "0652be0375261a98"',
    )


class DeviceConfiguration(BaseModel):
    """An item of the response of `GET /v3/devices/{device_id}/configuration` (200). Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    device_id: str = Field(alias="deviceId", description='Example: "0200000000000000"')
    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    configuration: dict[str, Any] = Field(
        description="Free-form JSON object: the configuration sent to the device."
    )
    created: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-07-28T15:55:50.257+00:00"'
    )
    version: int = Field(description="Example: 1")


class DeviceConnector(BaseModel):
    """An item of the response of `GET /v3/device-connectors` (200). Seen in 7 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0700000000000000"')
    version: int = Field(description="Example: 0")
    created: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-08-22T06:43:13.000+00:00"'
    )
    updated: datetime | None = Field(
        description='ISO 8601 date-time. Null in some examples. Example: "2022-03-30T09:02:52.000+00:00"'
    )
    name: str = Field(description='Example: "HTTP Device Connector"')
    read_only: bool = Field(alias="readOnly", description="Example: false")
    push_configuration_automatically: bool = Field(
        alias="pushConfigurationAutomatically", description="Example: false"
    )
    uplink_secret: str | None = Field(
        alias="uplinkSecret", description="Null in some examples. Example: <redacted>"
    )
    connectivity: Connectivity = Field(description='Example: "HTTP"')
    carrier: Carrier | None = Field(
        description='Null in some examples. Example: "SWISSCOM_ACTILITY"'
    )
    provider: str | None = Field(description='Null in some examples. Example: "swisscom_lora"')
    integration_id: str | None = Field(
        alias="integrationId", description='Null in some examples. Example: "069ad4d7b1cf56eb"'
    )
    description: str | None = Field(
        description='Null in some examples. Example: "Automatically generated by integration (Swisscom LPN Test)"'
    )
    workspace_id: str | None = Field(
        alias="workspaceId", description='Null in some examples. Example: "2900000000000000"'
    )
    auth_type: AuthType = Field(alias="authType", description="Example: <redacted>")
    yanzi_properties: YanziProperties | None = Field(
        alias="yanziProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    spaceti_properties: dict[str, Any] | None = Field(
        alias="spacetiProperties",
        description="Free-form JSON object: settings of a Spaceti connector (not modelled by the Java client).",
    )
    global_: bool = Field(alias="global", description="Example: false")
    integration_deleted: bool = Field(alias="integrationDeleted", description="Example: false")
    decoding_type: str = Field(alias="decodingType", description='Example: "NONE"')


class DeviceCredential(BaseModel):
    """An item of the response of `GET /v3/device-authorization/devices/{device_id}/credentials` (200). Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "9900000000000000"')
    name: str = Field(description='Example: "Primary"')
    akenza_device_id: str = Field(alias="akenzaDeviceId", description='Example: "0200000000000000"')
    device_id: str = Field(alias="deviceId", description='Example: "0A1FFFFFFFFFFF"')
    algorithm: Algorithm = Field(description='Example: "EC256_X509_PEM"')
    public_key: str = Field(
        alias="publicKey",
        description='Example: "-----BEGIN CERTIFICATE-----\\\\nMIIBtzCCAV4CCQCFuOdmw61DiTAKBggqhkjOPQQDAjBkMQ...',
    )
    fingerprint: str = Field(description='Example: "999e75132e2c420dce920612c11c3f3369ee7ed2"')
    expiration: datetime | None = Field(
        description='ISO 8601 date-time. Null in some examples. Example: "2022-11-30T08:10:09Z"'
    )
    created: datetime = Field(description='ISO 8601 date-time. Example: "2022-10-31T08:11:14Z"')


class DeviceData(BaseModel):
    """An item of the response of `POST /v3/devices/{device_id}/query` (200)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    timestamp: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-01-16T19:11:59.858+00:00"'
    )
    date_stored: datetime = Field(
        alias="dateStored",
        description='ISO 8601 date-time. Example: "2022-01-16T19:12:00.326+00:00"',
    )
    akenza_device_id: str = Field(alias="akenzaDeviceId", description='Example: "0200000000000000"')
    data: dict[str, Any] = Field(description="Free-form JSON object: its keys are not fixed.")
    topic: str = Field(description='Example: "default"')


class DeviceOnlineState(_OpenEnum):
    """Whether the device sent data within its online timeout."""

    UNKNOWN = "UNKNOWN"
    DE_REGISTERED = "DE_REGISTERED"
    OFFLINE = "OFFLINE"
    ONLINE = "ONLINE"


class DeviceType(BaseModel):
    """An item of the response of `GET /v3/device-types` (200). Seen in 4 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "3354f631e6bde9a4"')
    name: str = Field(description='Example: "612 WisNode Button"')
    description: str | None = Field(
        description='Null in some examples. Example: "WisNode Button (RAK612 model) is a remote wireless trigger and supports user...'
    )
    type: str = Field(description='Example: "library"')
    organization_id: str | None = Field(
        alias="organizationId", description='Null in some examples. Example: "2800000000000000"'
    )
    version: int = Field(description="Example: 0")
    meta: DeviceTypeMetadata
    created: datetime | None = Field(
        default=None,
        description='ISO 8601 date-time. Missing from some examples (23 of 24 have it). Example: "2022-12-13T20:05:57.422438959Z"',
    )
    schemas: dict[str, Any] | None = Field(
        default=None, description="Free-form JSON object: its keys are not fixed."
    )
    uplink_script: Script | None = Field(
        default=None,
        alias="uplinkScript",
        description="Missing from some examples (3 of 24 have it).",
    )
    downlink_script: Script | None = Field(
        default=None,
        alias="downlinkScript",
        description="Missing from some examples (3 of 24 have it).",
    )
    library_path: str | None = Field(
        default=None,
        alias="libraryPath",
        description='Missing from some examples (3 of 24 have it). Null in some examples. Example: "/repos/akenza-io/device-type-library/contents/types/decentlab/ATM41"',
    )
    picture_url: str | None = Field(
        default=None,
        alias="pictureUrl",
        description='Missing from some examples (4 of 24 have it). Null in some examples. Example: "https://raw.githubusercontent.com/akenza-io/device-type-library/master/types...',
    )


class DeviceTypeMetadata(BaseModel):
    """The `meta` field of `DeviceType`. Seen in 4 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    manufacturer: str | None = Field(description='Null in some examples. Example: "RAK"')
    url: str | None = Field(
        description='Null in some examples. Example: "https://docs.rakwireless.com/Product-Categories/WisNode/RAK612/Overview/#pro...'
    )
    author: str | None = Field(description='Null in some examples. Example: "Akenza AG"')
    properties: dict[str, Any] | None = Field(
        description="Free-form JSON object: its keys are not fixed."
    )
    firmware_version: str | None = Field(
        alias="firmwareVersion", description='Null in some examples. Example: "V1.0.0"'
    )
    encoding: str | None = Field(description='Null in some examples. Example: "HEX"')
    connectivity: str | None = Field(description='Null in some examples. Example: "LORA"')
    available_sensors: list[str] | None = Field(
        alias="availableSensors", description='Null in some examples. Example: ["Button"]'
    )
    output_topics: list[str] | None = Field(
        alias="outputTopics", description='Null in some examples. Example: ["default", "lifecycle"]'
    )


class DownlinkContentType(_OpenEnum):
    """Content type of an MQTT downlink payload."""

    JSON = "JSON"


class DownlinkProperties(BaseModel):
    """The `downlinkProperties` field of `OutputConnector`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    target_device_ids: list[str] = Field(
        alias="targetDeviceIds", description='Example: ["0280dcb5a2ae3a38"]'
    )
    downlink_type: Connectivity = Field(alias="downlinkType", description='Example: "LORA"')
    downlink_payload: dict[str, Any] | None = Field(
        alias="downlinkPayload",
        description="Free-form JSON object: its keys are not fixed. Example: {}",
    )
    port: int = Field(description="Example: 1")
    confirmed: bool = Field(description="Example: true")
    topic: str | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    data_flow_id: str = Field(alias="dataFlowId", description='Example: "0800000000000000"')
    raw: bool = Field(description="Example: false")
    raw_downlink_payload: str | None = Field(
        alias="rawDownlinkPayload",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )


class DownlinkScriptParam(BaseModel):
    """The `downlinkScript` field of `CreateDeviceTypeRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    version: int | None = Field(default=None, description="Example: 1")


class EmitType(_OpenEnum):
    """What a script emitted."""

    LOG = "LOG"
    SAMPLE = "SAMPLE"
    DOWNLINK = "DOWNLINK"
    ACTION = "ACTION"
    ERROR = "ERROR"
    STATE = "STATE"
    TIMER = "TIMER"


class ErrorBody(BaseModel):
    """The response of `GET /v3/organizations/{organization_id}` (403). Seen in 9 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    timestamp: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-12-17T12:00:00.000+00:00"'
    )
    path: str = Field(description='Example: "/v3/organizations/2800000000000009"')
    status: int = Field(description="Example: 403")
    error: str = Field(description='Example: "Forbidden"')
    message: str = Field(description='Example: "Permission denied"')
    request_id: str = Field(alias="requestId", description='Example: "7c1e2a9b-4"')


class GcpProperties(BaseModel):
    """Settings of a Google Cloud Pub/Sub output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    pub_sub_topic: str = Field(alias="pubSubTopic")


class GeoFenceLogic(BaseModel):
    """The `geoFenceLogicBlock` field of `Logic`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    address: str = Field(description='Example: ""')
    geo_json: dict[str, Any] = Field(
        alias="geoJson", description="Free-form JSON object: its keys are not fixed."
    )
    inside_action_ids: list[str] = Field(
        alias="insideActionIds", description='Example: ["0900000000000000"]'
    )
    outside_action_ids: list[str] = Field(
        alias="outsideActionIds", description='Example: ["0900000000000000"]'
    )


class GpsCoordinates(BaseModel):
    """The `GPS_COORDINATES` field of `DeviceCustomField`. Seen in 2 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    latitude: float | None = Field(description="Null in some examples. Example: 0.0")
    longitude: float | None = Field(description="Null in some examples. Example: 0.0")


class InfluxProperties(BaseModel):
    """Settings of an InfluxDB output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uri: str
    token: str
    org_id: str = Field(alias="orgId")
    bucket: str
    measurement_name: str = Field(alias="measurementName")


class InputParam(BaseModel):
    """An item of the `inputs` field of `CreateRuleRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(default=None, description='Example: "7100000000000000"')
    name: str | None = Field(description='Example: "co2"')
    type: InputType = Field(description='Example: "ASSET_TAG"')


class InputType(_OpenEnum):
    """What a rule input refers to."""

    DEVICE = "DEVICE"
    ASSET_TAG = "ASSET_TAG"
    TAG_COMBINATION = "TAG_COMBINATION"


class Integration(BaseModel):
    """The `integration` field of `Device`. Seen in 2 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0600000000000000"')
    name: str = Field(description='Example: "swisscom deRegister"')
    type: IntegrationType = Field(description='Example: "SWISSCOM_ACTILITY"')
    global_: bool = Field(alias="global", description="Example: false")


class IntegrationType(_OpenEnum):
    """The network server an integration connects to."""

    GENERIC_ACTILITY = "GENERIC_ACTILITY"
    SWISSCOM_ACTILITY = "SWISSCOM_ACTILITY"
    SWISSCOM_CMP = "SWISSCOM_CMP"
    LORIOT = "LORIOT"
    TTN = "TTN"


class IntervalParam(BaseModel):
    """The `interval` field of `QueryRawTimeSeriesRequest`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    from_: datetime | None = Field(
        alias="from", description='ISO 8601 date-time. Example: "2022-12-15T00:00:00Z"'
    )
    to: datetime | None = Field(description='ISO 8601 date-time. Example: "2022-12-15T23:00:00Z"')


class KafkaProperties(BaseModel):
    """Settings of a Kafka output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    kafka_topic: str = Field(alias="kafkaTopic")
    kafka_bootstrap_servers: str = Field(alias="kafkaBootstrapServers")
    security_protocol: KafkaSecurityProtocol | None = Field(default=None, alias="securityProtocol")
    sasl_mechanism: KafkaSaslMechanism | None = Field(default=None, alias="saslMechanism")
    sasl_jaas_username: str = Field(alias="saslJaasUsername")
    sasl_jaas_password: str = Field(alias="saslJaasPassword")


class KafkaSaslMechanism(_OpenEnum):
    """SASL mechanism of a Kafka output connector."""

    PLAIN = "PLAIN"


class KafkaSecurityProtocol(_OpenEnum):
    """Security protocol of a Kafka output connector."""

    SASL_SSL = "SASL_SSL"


class KpiAggregationResult(BaseModel):
    """The response of `POST /v3/devices/{device_id}/query/raw/kpi` (200). Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    device_id: str = Field(alias="deviceId", description='Example: "0200000000000000"')
    topic: str = Field(description='Example: "default"')
    data_key: str = Field(alias="dataKey", description='Example: "co2"')
    kpi: float = Field(description="Example: 628.770056980057")


class LatestSample(BaseModel):
    """The response of `GET /v3/devices/{device_id}/query/latest-sample` (200)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    timestamp: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-01-16T19:11:59.858+00:00"'
    )
    date_stored: datetime = Field(
        alias="dateStored",
        description='ISO 8601 date-time. Example: "2022-01-16T19:12:00.326+00:00"',
    )
    device_id: str = Field(alias="deviceId", description='Example: "0200000000000000"')
    data: dict[str, Any] = Field(description="Free-form JSON object: its keys are not fixed.")
    topic: str = Field(description='Example: "default"')


class LifecycleMessageInterval(_OpenEnum):
    """How often lifecycle messages are sent."""

    DAILY = "DAILY"
    WEEKLY = "WEEKLY"


class LoRaClass(_OpenEnum):
    """LoRaWAN device class."""

    A = "A"
    B = "B"
    C = "C"


class LogicBlockParam(BaseModel):
    """An item of the `logicBlocks` field of `LogicParam`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    conditions: list[ConditionParam] | None
    action_ids: list[str] | None = Field(
        alias="actionIds", description='Example: ["0900000000000000"]'
    )


class LogicDataSourceParam(BaseModel):
    """An item of the `dataSources` field of `LogicParam`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "dataSource::L3LVHL5JM81HG1LJYHI"')
    input_ids: list[str] | None = Field(
        alias="inputIds", description='Example: ["7100000000000000"]'
    )
    data_topic: str | None = Field(alias="dataTopic", description='Example: "default"')
    data_key: str | None = Field(alias="dataKey", description='Example: "co2"')
    value_type: ValueType = Field(alias="valueType", description='Example: "NUMERICAL"')
    last_sample: bool | None = Field(alias="lastSample", description="Example: false")
    trigger_on_uplink: bool | None = Field(alias="triggerOnUplink", description="Example: true")


class LogicParam(BaseModel):
    """The `logic` field of `CreateRuleRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type: LogicType = Field(description='Example: "COMPARISON"')
    data_sources: list[LogicDataSourceParam] | None = Field(alias="dataSources")
    logic_blocks: list[LogicBlockParam] | None = Field(default=None, alias="logicBlocks")


class LogicSource(BaseModel):
    """An item of the `dataSources` field of `Logic`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "dataSource::L3LVHL5JM81HG1LJYHI"')
    input_ids: list[str] = Field(alias="inputIds", description='Example: ["713003281c40361b"]')
    data_topic: str = Field(alias="dataTopic", description='Example: "default"')
    data_key: str = Field(alias="dataKey", description='Example: "co2"')
    variable_name: str | None = Field(
        alias="variableName", description='Null in some examples. Example: "longitude"'
    )
    value_type: ValueType = Field(alias="valueType", description='Example: "NUMERICAL"')
    last_sample: bool = Field(alias="lastSample", description="Example: false")
    trigger_on_uplink: bool = Field(alias="triggerOnUplink", description="Example: true")


class LogicType(_OpenEnum):
    """The kind of rule logic."""

    COMPARISON = "COMPARISON"
    CUSTOM_LOGIC = "CUSTOM_LOGIC"
    GEO_FENCE = "GEO_FENCE"


class LoraDownlinkParam(BaseModel):
    """The `loraDownlink` field of `SendDownlinkRequest`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    port: int | None = Field(default=None, description="Example: 1")
    payload_hex: str | None = Field(
        default=None, alias="payloadHex", description='Example: "FFFFFFFF"'
    )
    confirmed: bool | None = Field(default=None, description="Example: false")
    clear_queue: bool | None = Field(alias="clearQueue", description="Example: true")


class LoraProperties(BaseModel):
    """The `loraProperties` field of `Device`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    carrier: Carrier = Field(description='Example: "SWISSCOM_ACTILITY"')
    activation_mode: ActivationMode = Field(alias="activationMode", description='Example: "OTAA"')
    lora_version: str = Field(alias="loraVersion", description='Example: "1.0.0"')
    device_class: LoRaClass = Field(alias="deviceClass", description='Example: "A"')
    device_eui: str = Field(alias="deviceEui", description='Example: "AFAFAFAFAFAFAF01"')
    device_address: str | None = Field(
        alias="deviceAddress",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    application_eui: str = Field(alias="applicationEui", description='Example: "AFAFAFAFAFAFAF01"')
    join_eui: str | None = Field(
        alias="joinEui",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    application_key: str = Field(
        alias="applicationKey", description='Example: "AFAFAFAFAFAFAF01AFAFAFAFAFAFAF01"'
    )
    application_session_key: str | None = Field(
        alias="applicationSessionKey",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    network_session_key: str | None = Field(
        alias="networkSessionKey",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    forwarding_network_session_integrity_key: str | None = Field(
        alias="forwardingNetworkSessionIntegrityKey",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    network_session_encryption_key: str | None = Field(
        alias="networkSessionEncryptionKey",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    serving_network_session_integrity_key: str | None = Field(
        alias="servingNetworkSessionIntegrityKey",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    actility_properties: ActilityProperties = Field(alias="actilityProperties")
    ttn_properties: TtnProperties | None = Field(
        alias="ttnProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )


class LoraPropertiesParam(BaseModel):
    """The `loraProperties` field of `UpdateDeviceRequest`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    carrier: Carrier = Field(description='Example: "SWISSCOM_ACTILITY"')
    activation_mode: ActivationMode = Field(alias="activationMode", description='Example: "OTAA"')
    lora_version: str | None = Field(alias="loraVersion", description='Example: "1.0.0"')
    device_class: LoRaClass = Field(alias="deviceClass", description='Example: "A"')
    device_eui: str | None = Field(alias="deviceEui", description='Example: "AFAFAFAFAFAFAFAF"')
    application_eui: str | None = Field(
        default=None, alias="applicationEui", description='Example: "AFAFAFAFAFAFAFAF"'
    )
    application_key: str | None = Field(
        default=None,
        alias="applicationKey",
        description='Example: "AFAFAFAFAFAFAFAFAFAFAFAFAFAFAFAF"',
    )
    actility_properties: ActilityPropertiesParam | None = Field(
        default=None, alias="actilityProperties"
    )


class MailProperties(BaseModel):
    """The `mailProperties` field of `OutputConnector`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    message_template: str = Field(alias="messageTemplate", description='Example: "{{data}}"')
    subject_template: str = Field(alias="subjectTemplate", description='Example: "A subject"')
    recipients: list[str] = Field(description='Example: ["docs@akenza.io"]')


class MailPropertiesParam(BaseModel):
    """The `mailProperties` field of `CreateOutputConnectorRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    message_template: str | None = Field(alias="messageTemplate", description='Example: "{{data}}"')
    subject_template: str | None = Field(
        alias="subjectTemplate", description='Example: "A subject"'
    )
    recipients: list[str] | None = Field(description='Example: ["docs@akenza.io"]')


class MessageResponse(BaseModel):
    """The response of `POST /v3/devices/{device_id}/configuration/push` (201)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    message: str = Field(description='Example: "Configuration successfully sent"')


class MinimalCustomFieldMeta(BaseModel):
    """The `meta` field of `DeviceCustomField`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "6900000000000000"')
    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    name: str = Field(description='Example: "json"')
    type: CustomFieldMetaType = Field(description='Example: "JSON"')
    created: datetime = Field(
        description='ISO 8601 date-time. Example: "2021-04-15T00:00:00.000+00:00"'
    )
    updated: datetime = Field(
        description='ISO 8601 date-time. Example: "2021-04-15T00:00:00.000+00:00"'
    )


class MinimalDataFlow(BaseModel):
    """The `dataFlow` field of `Device`. Seen in 2 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0800000000000004"')
    name: str = Field(description='Example: "Kinesis flow"')
    device_type: MinimalDeviceType | None = Field(
        alias="deviceType",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    device_connector: MinimalDeviceConnector = Field(alias="deviceConnector")


class MinimalDeviceConnector(BaseModel):
    """The `deviceConnector` field of `DeviceDataFlow`. Seen in 2 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0700000000000002"')
    name: str = Field(description='Example: "http connector"')


class MinimalDeviceType(BaseModel):
    """The `deviceType` field of `DataFlow`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "3300000000000000"')
    name: str = Field(description='Example: "Device Simulator"')
    picture_url: str | None = Field(
        default=None,
        alias="pictureUrl",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )


class MinimalRule(BaseModel):
    """An item of the `rules` field of `CustomLogicBlock`. Seen in 2 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    name: str = Field(description='Example: "Smart Temperature Alert"')
    active: bool = Field(description="Example: true")
    id: str = Field(description='Example: "2100000000000000"')


class MqttDownlinkParam(BaseModel):
    """The `mqttDownlink` field of `SendDownlinkRequest`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    payload: dict[str, Any] = Field(description="Free-form JSON object: its keys are not fixed.")
    topic: str | None = Field(description='Example: "/command"')
    content_type: DownlinkContentType | None = Field(
        default=None, alias="contentType", description='Example: "JSON"'
    )


class MsTeamsProperties(BaseModel):
    """Settings of a Microsoft Teams output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    message: str
    notification_url: str = Field(alias="notificationUrl")


class OperandFirst(BaseModel):
    """The `operandFirst` field of `Condition`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    value_type: ValueType | None = Field(
        alias="valueType",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    data_key: str = Field(alias="dataKey", description='Example: "co2"')
    data_source_id: str = Field(
        alias="dataSourceId", description='Example: "dataSource::L3LVHL5JM81HG1LJYHI"'
    )
    type: ComparisonOperandType = Field(description='Example: "DATA_SOURCE"')


class OperandFirstParam(BaseModel):
    """The `operandFirst` field of `ConditionParam`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type: ComparisonOperandType = Field(description='Example: "DATA_SOURCE"')
    data_key: str | None = Field(default=None, alias="dataKey", description='Example: "co2"')
    data_source_id: str | None = Field(
        default=None, alias="dataSourceId", description='Example: "dataSource::L3LVHL5JM81HG1LJYHI"'
    )


class OperandSecond(BaseModel):
    """The `operandSecond` field of `Condition`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type: ComparisonOperandType = Field(description='Example: "CONSTANT"')
    value_type: ValueType | None = Field(
        alias="valueType",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    value: int = Field(description="Example: 800")


class OperandSecondParam(BaseModel):
    """The `operandSecond` field of `ConditionParam`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type: ComparisonOperandType = Field(description='Example: "CONSTANT"')
    value: int | None = Field(default=None, description="Example: 800")


class Operation(BaseModel):
    """The response of `GET /v3/operations/{operation_id}` (200)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "6600000000000000"')
    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    creator: str = Field(description='Example: "5200000000000000"')
    type: OperationType = Field(description='Example: "BULK_CREATE"')
    actions: list[OperationAction]
    started: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-12-17T12:12:26.000+00:00"'
    )
    completed: datetime | None = Field(
        description='ISO 8601 date-time. Null in some examples. Example: "2022-12-17T12:12:26.000+00:00"'
    )
    total_actions_required: int = Field(alias="totalActionsRequired", description="Example: 1")
    actions_completed: int = Field(alias="actionsCompleted", description="Example: 1")
    succeeded: bool | None = Field(description="Null in some examples. Example: true")


class OperationAction(BaseModel):
    """An item of the `actions` field of `Operation`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "6700000000000000"')
    type: ActionType = Field(description='Example: "CREATE"')
    state: ActionState = Field(description='Example: "SUCCEEDED"')
    data: dict[str, Any] = Field(description="Free-form JSON object: its keys are not fixed.")
    started: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-12-17T12:12:26.000+00:00"'
    )
    completed: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-12-17T12:12:26.000+00:00"'
    )


class OperationType(_OpenEnum):
    """What a (bulk) operation does."""

    BULK_CREATE = "BULK_CREATE"
    BULK_REGISTER = "BULK_REGISTER"
    BULK_DEREGISTER = "BULK_DEREGISTER"
    BULK_UPDATE = "BULK_UPDATE"
    BULK_DELETE = "BULK_DELETE"
    BULK_ACTIVATE = "BULK_ACTIVATE"
    BULK_DEACTIVATE = "BULK_DEACTIVATE"
    INTEGRATION_SYNC = "INTEGRATION_SYNC"
    INTEGRATION_DELETE = "INTEGRATION_DELETE"
    DATA_EXPORT = "DATA_EXPORT"
    DATA_DELETE = "DATA_DELETE"


class Organization(BaseModel):
    """An item of the response of `GET /v3/organizations` (200). Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "2800000000000000"')
    created: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-03-02T09:08:16.000+00:00"'
    )
    name: str = Field(description='Example: "Test Organization"')
    description: str = Field(description='Example: "Test Org"')
    logo: str = Field(
        description='Example: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAANAAAADkCAYAAADpT6rPAAAACXBIWX...'
    )
    owner: Owner
    updated: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-03-02T13:17:31.000+00:00"'
    )
    alpha_features: bool = Field(alias="alphaFeatures", description="Example: false")
    properties: dict[str, Any] | None = Field(
        description="Free-form JSON object: its keys are not fixed."
    )


class OutputConnector(BaseModel):
    """An item of the response of `GET /v3/output-connectors` (200). Seen in 6 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0900000000000000"')
    name: str = Field(description='Example: "Akenza Database"')
    topic: str | None = Field(
        default=None, description='Missing from some examples (4 of 11 have it). Example: "*"'
    )
    workspace_id: str | None = Field(
        alias="workspaceId", description='Null in some examples. Example: "2900000000000000"'
    )
    deleted: bool = Field(description="Example: false")
    global_: bool = Field(alias="global", description="Example: true")
    custom_payload: str | None = Field(
        alias="customPayload",
        description='Null in some examples. Example: "{\\n \\"message\\": {{data}} \\n}"',
    )
    use_custom_payload: bool = Field(alias="useCustomPayload", description="Example: false")
    type: OutputConnectorType = Field(description='Example: "AKENZA_DATABASE"')
    scope: OutputConnectorScope = Field(description='Example: "DATA_FLOW"')
    webhook_properties: WebhookProperties | None = Field(
        alias="webhookProperties", description="Null in some examples."
    )
    mail_properties: MailProperties | None = Field(
        alias="mailProperties", description="Null in some examples."
    )
    custom_akenza_db_properties: CustomAkenzaDbProperties | None = Field(
        alias="customAkenzaDbProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    downlink_properties: DownlinkProperties | None = Field(
        alias="downlinkProperties", description="Null in some examples."
    )
    azure_properties: AzureProperties | None = Field(
        alias="azureProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    sms_properties: SmsProperties | None = Field(
        alias="smsProperties", description="Null in some examples."
    )
    influx_properties: InfluxProperties | None = Field(
        alias="influxProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    gcp_properties: GcpProperties | None = Field(
        alias="gcpProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    amazon_kinesis_properties: AmazonKinesisProperties | None = Field(
        alias="amazonKinesisProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    ms_teams_properties: MsTeamsProperties | None = Field(
        alias="msTeamsProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    kafka_properties: KafkaProperties | None = Field(
        alias="kafkaProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    slack_properties: SlackProperties | None = Field(
        alias="slackProperties",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    version: int | None = Field(
        default=None, description="Missing from some examples (7 of 11 have it). Example: 0"
    )
    created: datetime | None = Field(
        default=None,
        description='ISO 8601 date-time. Missing from some examples (7 of 11 have it). Example: "2022-07-27T11:09:09.000+00:00"',
    )
    updated: datetime | None = Field(
        default=None,
        description='ISO 8601 date-time. Missing from some examples (7 of 11 have it). Null in some examples. Example: "2020-10-07T11:02:36.000+00:00"',
    )
    send_consecutive_alerts: bool | None = Field(
        default=None,
        alias="sendConsecutiveAlerts",
        description="Missing from some examples (7 of 11 have it). Example: false",
    )
    invoke_rule_engine: bool | None = Field(
        default=None,
        alias="invokeRuleEngine",
        description="Missing from some examples (7 of 11 have it). Example: false",
    )


class OutputConnectorParam(BaseModel):
    """An item of the `outputConnectors` field of `CreateDataFlowRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "0900000000000000"')
    topic: str | None = Field(default=None, description='Example: "*"')


class OutputConnectorReference(BaseModel):
    """An item of the `outputConnectors` field of `DataFlow`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0900000000000000"')
    topic: str = Field(description='Example: "*"')


class OutputConnectorScope(_OpenEnum):
    """Where an output connector can be used."""

    DATA_FLOW = "DATA_FLOW"
    RULE_ACTION = "RULE_ACTION"


class OutputConnectorType(_OpenEnum):
    """The destination an output connector sends data to."""

    AKENZA_DATABASE = "AKENZA_DATABASE"
    CUSTOM_AKENZA_DATABASE = "CUSTOM_AKENZA_DATABASE"
    WEBHOOK = "WEBHOOK"
    DOWNLINK = "DOWNLINK"
    MAIL = "MAIL"
    SMS = "SMS"
    AZURE = "AZURE"
    GCP = "GCP"
    INFLUX_DB = "INFLUX_DB"
    AMAZON_KINESIS = "AMAZON_KINESIS"
    MS_TEAMS = "MS_TEAMS"
    KAFKA = "KAFKA"
    SLACK = "SLACK"


class Owner(BaseModel):
    """The `owner` field of `Organization`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "5200000000000000"')
    name: str = Field(description='Example: "Docs Akenza"')
    email: str = Field(description='Example: "docs@akenza.io"')


class QueryDeviceDataRequest(BaseModel):
    """The request body of `POST /v3/devices/{device_id}/query`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    timestamp: TimestampParam | None = Field(default=None)
    topic: str | None = Field(default=None, description='Example: "*"')
    limit: int | None = Field(default=None, description="Example: 10")
    skip: int | None = Field(default=None, description="Example: 0")


class ReferenceParam(BaseModel):
    """An item of the `tags` field of `CreateDeviceRequest`. Seen in 2 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "7100000000000001"')


class Rule(BaseModel):
    """An item of the response of `GET /v3/rules` (200). Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "2100000000000000"')
    workspace_id: str = Field(alias="workspaceId", description='Example: "2900000000000000"')
    name: str = Field(description='Example: "CO2 Alert"')
    description: str = Field(description='Example: ""')
    inputs: list[RuleInput]
    timer: Timer
    next_execution: datetime | None = Field(
        alias="nextExecution",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    logic: RuleLogic
    actions: list[RuleAction]
    active: bool = Field(description="Example: true")
    deleted: bool = Field(description="Example: false")
    created: datetime = Field(description='ISO 8601 date-time. Example: "2022-05-25T17:42:30Z"')
    updated: datetime = Field(description='ISO 8601 date-time. Example: "2022-05-25T17:42:30Z"')
    version: int = Field(description="Example: 0")
    rule_id: str = Field(alias="ruleId", description='Example: "2100000000000000"')


class RuleAction(BaseModel):
    """An item of the `actions` field of `Rule`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "0900000000000000"')
    name: str = Field(description='Example: "CO2 Alert"')
    type: OutputConnectorType = Field(description='Example: "SMS"')
    configuration: dict[str, Any] | None = Field(
        description="Free-form JSON object: its keys are not fixed. Example: {}"
    )


class RuleInput(BaseModel):
    """An item of the `inputs` field of `Rule`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "713003281c40361b"')
    name: str = Field(description='Example: "co2"')
    workspace_id: str | None = Field(
        alias="workspaceId",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    type: InputType = Field(description='Example: "ASSET_TAG"')
    tag_combination: str | None = Field(
        alias="tagCombination",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    device: bool = Field(description="Example: false")
    trigger: bool = Field(description="Example: false")
    tag: bool = Field(description="Example: true")


class RuleLogic(BaseModel):
    """The `logic` field of `Rule`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type: LogicType = Field(description='Example: "COMPARISON"')
    data_sources: list[LogicSource] = Field(alias="dataSources")
    logic_blocks: list[ComparisonLogic] | None = Field(
        alias="logicBlocks", description="Null in some examples."
    )
    geo_fence_logic_block: GeoFenceLogic | None = Field(
        alias="geoFenceLogicBlock", description="Null in some examples."
    )
    custom_logic: CustomLogic | None = Field(
        alias="customLogic", description="Null in some examples."
    )


class RunScriptRequest(BaseModel):
    """The request body of `POST /v3/run-script`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    script: str | None = Field(
        description='Example: "function consume(event) { emit(\\"sample\\", {data: event.foo}); emit(\\"foo\\",...'
    )
    event: dict[str, Any] = Field(description="Free-form JSON object: its keys are not fixed.")


class Script(BaseModel):
    """The `uplinkScript` field of `DeviceType`. Seen in 5 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str | None = Field(
        description='Null in some examples. Example: "var decentlab_decoder = {\\n  PROTOCOL_VERSION: 2,\\n  SENSORS: [\\n    {\\n    ...'
    )
    version: int = Field(description="Example: 0")


class ScriptRunResult(BaseModel):
    """An item of the response of `POST /v3/run-script` (200)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type: EmitType = Field(description='Example: "SAMPLE"')
    event: dict[str, Any] = Field(description="Free-form JSON object: its keys are not fixed.")


class SendDownlinkRequest(BaseModel):
    """The request body of `POST /v3/devices/{device_id}/downlink`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    mqtt_downlink: MqttDownlinkParam | None = Field(default=None, alias="mqttDownlink")
    raw: bool | None = Field(default=None, description="Example: false")
    lora_downlink: LoraDownlinkParam | None = Field(default=None, alias="loraDownlink")


class SendHttpUplinkResult(BaseModel):
    """The response of `POST /v3/capture` (200)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: UUID = Field(description='UUID. Example: "b0b2b8f4-5c5e-4d5e-9a57-3f1f3b7f6a10"')
    timestamp: datetime = Field(
        description='ISO 8601 date-time. Example: "2022-12-17T12:00:00.000Z"'
    )
    message: str = Field(description='Example: "uplink received"')


class SlackProperties(BaseModel):
    """Settings of a Slack output connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    message: str
    webhook_url: str = Field(alias="webhookUrl")


class SmsProperties(BaseModel):
    """The `smsProperties` field of `OutputConnector`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    message_text: str = Field(alias="messageText", description='Example: "{{result}}"')
    recipient_phones: list[SmsRecipient] = Field(alias="recipientPhones")


class SmsRecipient(BaseModel):
    """An item of the `recipientPhones` field of `SmsProperties`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    prefix: str = Field(description='Example: "+41"')
    phone: str = Field(description='Example: "790000000"')


class Tag(BaseModel):
    """An item of the response of `GET /v3/tags` (200). Seen in 7 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "7100000000000000"')
    name: str = Field(description='Example: "mqtt"')
    description: str | None = Field(
        description='Null in some examples. Example: "devices in the living room"'
    )
    workspace_id: str | None = Field(
        default=None,
        alias="workspaceId",
        description='Missing from some examples (7 of 18 have it). Example: "29b1d22c3867f447"',
    )
    created: datetime | None = Field(
        default=None,
        description='ISO 8601 date-time. Missing from some examples (7 of 18 have it). Example: "2021-10-07T09:30:14.000+00:00"',
    )
    updated: datetime | None = Field(
        default=None,
        description='ISO 8601 date-time. Missing from some examples (7 of 18 have it). Example: "2021-10-07T09:30:14.000+00:00"',
    )
    color: str | None = Field(
        default=None,
        description='Missing from some examples (5 of 18 have it). Null in some examples. Example: "#FFFFFF"',
    )
    tagged_devices: int | None = Field(
        default=None,
        alias="taggedDevices",
        description="Missing from some examples (5 of 18 have it). Example: 1",
    )


class TimeSeriesAggregationResult(BaseModel):
    """The response of `POST /v3/devices/{device_id}/query/raw/time-series` (200). Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    device_id: str = Field(alias="deviceId", description='Example: "0200000000000000"')
    topic: str = Field(description='Example: "default"')
    data_key: str = Field(alias="dataKey", description='Example: "co2"')
    data_points: list[float | None] = Field(
        alias="dataPoints",
        description="Example: [770.75, 755.0, 742.25, 729.5833333333334, 733.1666666666666, 728.16666666666...",
    )
    timestamps: list[datetime] = Field(
        description='ISO 8601 date-time. Example: ["2022-12-15T00:00:00Z", "2022-12-15T01:00:00Z", "2022-12-15T02:00:00Z", "202...'
    )


class Timer(BaseModel):
    """The `timer` field of `Rule`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    enabled: bool = Field(description="Example: false")
    schedule: str | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    type: TimerType | None = Field(
        description="No evidence: the examples only show `null` here, so it is typed loosely."
    )
    start_at: datetime | None = Field(
        alias="startAt",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )


class TimerParam(BaseModel):
    """The `timer` field of `CreateRuleRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    enabled: bool | None = Field(description="Example: false")


class TimerType(_OpenEnum):
    """How a rule timer schedules executions."""

    INTERVAL = "INTERVAL"
    FIXED = "FIXED"
    ADVANCED = "ADVANCED"


class TimestampParam(BaseModel):
    """The `timestamp` field of `QueryDeviceDataRequest`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    gte: datetime | None = Field(default=None, description='Example: "2022-01-16T18:30:00.000Z"')
    lte: datetime | None = Field(
        default=None, description='ISO 8601 date-time. Example: "2022-01-16T19:15:00.000Z"'
    )


class TtnProperties(BaseModel):
    """The Things Network settings of a LoRaWAN device."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    device_id: str = Field(alias="deviceId")
    phy_lora_version: str = Field(alias="phyLoraVersion")
    network_server: str = Field(alias="networkServer")
    network_server_label: str = Field(alias="networkServerLabel")
    application_server: str = Field(alias="applicationServer")
    application_server_id: str = Field(alias="applicationServerId")
    application_server_label: str = Field(alias="applicationServerLabel")
    join_server: str = Field(alias="joinServer")
    network_id: str = Field(alias="networkId")
    frequency_plan: str = Field(alias="frequencyPlan")
    multicast: bool
    support32_bit_frame_count: bool = Field(alias="support32BitFrameCount")
    disable_payload_encryption: bool = Field(alias="disablePayloadEncryption")


class UpdateCustomFieldRequest(BaseModel):
    """The request body of `PUT /v3/custom-fields/meta/{custom_field_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "6900000000000000"')
    name: str | None = Field(description='Example: "Room"')
    description: str | None = Field(
        default=None, description='Example: "Room the device is installed in"'
    )
    required: bool | None = Field(description="Example: false")
    select_options: list[str] | None = Field(
        default=None,
        alias="selectOptions",
        description='Example: ["Living Room", "Bed Room", "Kitchen"]',
    )


class UpdateCustomLogicBlockRequest(BaseModel):
    """The request body of `PUT /v3/rules/custom/{custom_logic_block_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "3700000000000000"')
    name: str | None = Field(description='Example: "Smart Temperature Alert"')
    description: str | None = Field(
        default=None, description='Example: "Adaptive temperature threshold alert"'
    )
    data_sources: list[DataSourceParam] | None = Field(alias="dataSources")
    properties: list[CreateCustomLogicBlockPropertyParam] | None
    script: str | None = Field(
        description='Example: "// A smart temperature monitoring rule that uses an adaptive threshold based...'
    )


class UpdateDataFlowRequest(BaseModel):
    """The request body of `PUT /v3/data-flows/{data_flow_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "0800000000000000"')
    name: str | None = Field(description='Example: "HTTP Passthrough DF"')
    output_connectors: list[OutputConnectorParam] | None = Field(alias="outputConnectors")
    is_pass_through: bool | None = Field(
        default=None, alias="isPassThrough", description="Example: true"
    )
    description: str | None = Field(
        default=None,
        description='Example: "Stores HTTP uplinks unprocessed in the akenza database"',
    )


class UpdateDeviceConnectorRequest(BaseModel):
    """The request body of `PUT /v3/device-connectors/{device_connector_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "0700000000000001"')
    name: str | None = Field(description='Example: "HTTP Device Connector"')
    description: str | None = Field(
        default=None, description='Example: "Connector for HTTP devices"'
    )
    push_configuration_automatically: bool | None = Field(
        default=None, alias="pushConfigurationAutomatically", description="Example: false"
    )


class UpdateDeviceCustomFieldParam(BaseModel):
    """An item of the `customFields` field of `UpdateDeviceRequest`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    field_meta_id: str | None = Field(
        alias="fieldMetaId", description='Example: "6900000000000001"'
    )
    date_: datetime | None = Field(
        alias="DATE", description='ISO 8601 date-time. Example: "2022-12-01T00:00:00.000+00:00"'
    )


class UpdateDeviceRequest(BaseModel):
    """The request body of `PUT /v3/devices/{device_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "0200000000000000"')
    name: str | None = Field(description='Example: "test deregister"')
    device_id: str | None = Field(
        default=None, alias="deviceId", description='Example: "AFAFAFAFAFAFAFAF"'
    )
    description: str | None = Field(default=None, description='Example: "Swisscom LoRaWAN device"')
    tags: list[ReferenceParam] | None = Field(default=None)
    custom_fields: list[UpdateDeviceCustomFieldParam] | None = Field(
        default=None, alias="customFields"
    )
    lora_properties: LoraPropertiesParam | None = Field(default=None, alias="loraProperties")
    data_flow_id: str | None = Field(
        default=None, alias="dataFlowId", description='Example: "0800000000000000"'
    )
    integration_id: str | None = Field(
        default=None, alias="integrationId", description='Example: "0600000000000000"'
    )
    connectivity: Connectivity = Field(description='Example: "LORA"')
    properties: dict[str, Any] | None = Field(
        default=None, description="Free-form JSON object: its keys are not fixed. Example: {}"
    )
    online_timeout: int | None = Field(
        default=None, alias="onlineTimeout", description="Example: 86400"
    )


class UpdateOutputConnectorRequest(BaseModel):
    """The request body of `PUT /v3/output-connectors/{output_connector_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "0900000000000001"')
    name: str | None = Field(description='Example: "Mail Connector"')
    send_consecutive_alerts: bool | None = Field(
        default=None, alias="sendConsecutiveAlerts", description="Example: false"
    )
    invoke_rule_engine: bool | None = Field(
        default=None, alias="invokeRuleEngine", description="Example: false"
    )
    mail_properties: MailPropertiesParam | None = Field(default=None, alias="mailProperties")


class UpdateRuleRequest(BaseModel):
    """The request body of `PUT /v3/rules/{rule_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "2100000000000000"')
    name: str | None = Field(description='Example: "CO2 Alert"')
    inputs: list[InputParam] | None
    logic: LogicParam | None
    actions: list[ActionParam] | None
    timer: TimerParam | None = Field(default=None)
    active: bool | None = Field(description="Example: true")


class UpdateTagRequest(BaseModel):
    """The request body of `PUT /v3/tags/{tag_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "7100000000000001"')
    name: str | None = Field(description='Example: "co2"')
    description: str | None = Field(default=None, description='Example: "CO2 sensors"')
    color: str | None = Field(default=None, description='Example: "#FF5733"')


class UpdateWorkspaceRequest(BaseModel):
    """The request body of `PUT /v3/workspaces/{workspace_id}`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = Field(description='Example: "2900000000000000"')
    name: str | None = Field(description='Example: "My Workspace"')
    description: str | None = Field(default=None, description='Example: "Test workspace akenza"')
    settings: CreateWorkspaceSettingsParam | None = Field(default=None)
    properties: dict[str, Any] | None = Field(
        default=None, description="Free-form JSON object: its keys are not fixed. Example: {}"
    )


class UplinkMetrics(BaseModel):
    """The `uplinkMetrics` field of `Device`. Seen in 2 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uplink_id: UUID = Field(
        alias="uplinkId", description='UUID. Example: "efe80efd-a7a7-417a-a5a6-a7963ce5a128"'
    )
    akenza_device_id: str | None = Field(
        default=None,
        alias="akenzaDeviceId",
        description='Missing from some examples (4 of 6 have it). Example: "0200000000000000"',
    )
    uplink_size: int = Field(alias="uplinkSize", description="Example: 34")
    timestamp: datetime = Field(description='ISO 8601 date-time. Example: "2021-10-22T08:18:41Z"')
    id: str = Field(description='Example: "0200000000000020"')
    device_id: str | None = Field(
        default=None,
        alias="deviceId",
        description='Missing from some examples (2 of 6 have it). Example: "0200000000000006"',
    )


class UplinkScriptParam(BaseModel):
    """The `uplinkScript` field of `CreateDeviceTypeRequest`. Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str | None = Field(
        default=None,
        description='Example: "function toLittleEndianSigned(hex) {\\n  // Creating little endian hex DCBA\\n...',
    )
    version: int | None = Field(default=None, description="Example: 1")


class ValueType(_OpenEnum):
    """The type of a value."""

    NUMERICAL = "NUMERICAL"
    BOOLEAN = "BOOLEAN"
    STRING = "STRING"


class WebhookAuthType(_OpenEnum):
    """How a webhook output connector authenticates."""

    BEARER = "BEARER"
    HEADER = "HEADER"
    BASIC = "BASIC"
    NONE = "NONE"


class WebhookContentType(_OpenEnum):
    """Content type a webhook output connector sends."""

    JSON = "JSON"


class WebhookHttpMethod(_OpenEnum):
    """HTTP method a webhook output connector uses."""

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"


class WebhookProperties(BaseModel):
    """The `webhookProperties` field of `OutputConnector`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    auth_type: WebhookAuthType = Field(alias="authType", description="Example: <redacted>")
    content_type: WebhookContentType | None = Field(
        alias="contentType", description='Example: "JSON"'
    )
    method: WebhookHttpMethod | None = Field(description='Example: "PATCH"')
    headers: dict[str, str] | None
    auth_headers: dict[str, str] | None = Field(
        alias="authHeaders",
        description="No evidence: the examples only show `{}` here, so it is typed loosely. Example: <redacted>",
    )
    basic_credentials: str = Field(alias="basicCredentials", description="Example: <redacted>")
    bearer_token: str | None = Field(
        alias="bearerToken",
        description="No evidence: the examples only show `null` here, so it is typed loosely.",
    )
    uri: str = Field(description='Example: "https://webhook-url.com?deviceId=123cde"')
    custom_payload: dict[str, Any] | None = Field(
        alias="customPayload",
        description="Free-form JSON object: the payload template sent instead of the data. Example: {}",
    )
    use_custom_payload: bool = Field(alias="useCustomPayload", description="Example: false")


class Workspace(BaseModel):
    """An item of the response of `GET /v3/workspaces` (200). Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str = Field(description='Example: "2900000000000000"')
    name: str = Field(description='Example: "workspace 1"')
    description: str | None = Field(description='Null in some examples. Example: "asd"')
    version: int = Field(description="Example: 0")
    properties: dict[str, Any] | None = Field(
        description="Free-form JSON object: its keys are not fixed. Example: {}"
    )
    settings: WorkspaceSettings
    organization_id: str = Field(alias="organizationId", description='Example: "2800000000000000"')
    updated: datetime | None = Field(
        description='ISO 8601 date-time. Null in some examples. Example: "2021-11-23T17:01:47.000+00:00"'
    )
    created: datetime = Field(
        description='ISO 8601 date-time. Example: "2021-08-24T14:18:00.000+00:00"'
    )


class WorkspaceSettings(BaseModel):
    """The `settings` field of `Workspace`. Seen in 3 more places."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    lifecycle_messages: bool = Field(alias="lifecycleMessages", description="Example: false")
    lifecycle_message_interval: LifecycleMessageInterval | None = Field(
        alias="lifecycleMessageInterval", description='Example: "DAILY"'
    )
    lifecycle_message_recipients: list[str] = Field(
        alias="lifecycleMessageRecipients", description="Example: []"
    )


class YanziProperties(BaseModel):
    """Settings of a Yanzi device connector."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    location_id: str = Field(alias="locationId")
    username: str
    host: str
