{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Osaka",
    "phone": "+81-90-0951-2847"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 17,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "1b4cb648-516c-4d4a-aa19-1e6ce90475c3",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-17",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "鈴木 悠真",
      "email": "yuma.suzuki@mail.example.ne.jp",
      "createdAt": "2024-12-25T06:28:41+00:00",
      "updatedAt": "2024-12-25T06:28:41+00:00",
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
          "timestamp": "2025-03-06T12:05:46.212925+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T12:05:46.333233+00:00",
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