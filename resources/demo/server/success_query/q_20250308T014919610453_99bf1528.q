{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "aiSuggestion": {
      "price": 11.48,
      "previousPrice": 12.75,
      "confidence": 0.64,
      "proposedAt": "2025-03-08T01:49:19.421550+00:00"
    }
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 6,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "0cc277bf-c672-4085-abea-0d27c8097033",
    "chainParentSerial": "de7b55ee-1f0c-494c-8f0e-7df31643e80f",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "ai",
      "id": "ai-shopassist",
      "collectionPermissions": {
        "products": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "updateOne"
          ]
        },
        "orders": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "count",
            "updateOne"
          ]
        },
        "inventory_log": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search"
          ]
        }
      },
      "context": {
        "model": "shopassist-llm-2025-02",
        "vendor": "in-house",
        "guardrails": [
          "no-delete",
          "human-approval-for-prices"
        ]
      },
      "name": "ShopAssist",
      "email": null,
      "createdAt": "2025-01-10T02:00:00.431000+00:00",
      "updatedAt": "2025-02-27T09:15:00.012000+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": null
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T01:49:19.421550+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T01:49:19.588256+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Propose price 11.48 for TEA-002",
    "why": "Only 3 units sold recently while 77 are in stock; a 10% discount should move slow stock before the spring range arrives.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "a97e880d-7776-40dc-ad6b-0cd8e45f2fbf"
    },
    "confidenceScore": 0.64
  }
}