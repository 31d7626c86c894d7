{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Austin",
    "phoneNumber": "+1-512-591-9354"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 85,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "410f03ea-191e-4816-9bcd-88eea967c3df",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-85",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Isla Bennett",
      "email": "isla.bennett@example.org",
      "createdAt": "2025-03-22T08:09:10.366411+00:00",
      "updatedAt": "2025-03-22T08:09:10.366411+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-e1854d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T08:11:02.642279+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T08:11:02.711583+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "70b8f383599de0af"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T08:11:02.765036+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Update address and phone",
    "why": "Moved house",
    "from": "iOS app",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}