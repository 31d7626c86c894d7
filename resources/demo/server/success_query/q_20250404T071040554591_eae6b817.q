{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "545b5978-1c5a-4115-a3c2-e372465ba8ea",
    "chainParentSerial": "df982372-b4f8-4c75-ba1c-4f52daee3829",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-98",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "中村 花子",
      "email": "hanako.nakamura55@example.co.jp",
      "createdAt": "2025-03-28T10:00:09.799850+00:00",
      "updatedAt": "2025-03-28T10:00:09.799850+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-db569e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T07:10:40.488511+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -9
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T07:10:40.533051+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "ギフト特集を表示",
    "why": "商品一覧の閲覧",
    "from": "Androidアプリ",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}