{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Sendai",
    "phoneNumber": "+81-90-4108-8796"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 25,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "a6b534ff-bc23-424f-9026-4e4c4d10195c",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-25",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "松本 葵",
      "email": "aoi.matsumoto32@mail.example.ne.jp",
      "createdAt": "2025-02-19T03:07:15+00:00",
      "updatedAt": "2025-02-19T03:07:15+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-a9303a"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T11:54:04.592696+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T11:54:04.630588+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "住所・電話番号を変更",
    "why": "引っ越しのため",
    "from": "iOSアプリ",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}