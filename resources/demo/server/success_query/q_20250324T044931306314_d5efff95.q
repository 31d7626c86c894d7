{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "aiSuggestion": {
      "price": 40.24,
      "previousPrice": 44.71,
      "confidence": 0.69,
      "proposedAt": "2025-03-24T04:49:31.234513+00:00"
    }
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 15,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "6678b0e8-a248-43f1-b82c-3f90b43ab0ee",
    "chainParentSerial": "24674f85-fa8f-4554-b842-c1fc5a8ea8a2",
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
          "timestamp": "2025-03-24T04:49:31.234513+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T04:49:31.291322+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Propose price 40.24 for HOM-002",
    "why": "Only 12 units sold recently while 46 are in stock; a 10% discount should move slow stock before the spring range arrives.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "453c2b54-b4eb-432c-818c-307ca4cd97e3"
    },
    "confidenceScore": 0.69
  }
}