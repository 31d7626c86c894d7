{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Kyoto",
    "phoneNumber": "+81-90-0805-9210"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 52,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "2cc54ce7-0979-436c-8c6a-394f9a9040b7",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-52",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "清水 花子",
      "email": "hanako.shimizu11@mail.example.ne.jp",
      "createdAt": "2025-03-10T08:41:53.635727+00:00",
      "updatedAt": "2025-03-10T08:41:53.635727+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": []
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T06:25:47.242801+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T06:25:47.335665+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "住所・電話番号を変更",
    "why": "引っ越しのため",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}