{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "aiSuggestion": {
      "price": 18.9,
      "previousPrice": 21.0,
      "confidence": 0.6,
      "proposedAt": "2025-03-06T21:01:49.934727+00:00"
    }
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 5,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "f857e904-a22e-479a-abf6-4ece4ce8d391",
    "chainParentSerial": "be41ba48-d3cd-4e67-8b21-9bdf3eb1be87",
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
          "timestamp": "2025-03-06T21:01:49.934727+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T21:01:50.073196+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Propose price 18.9 for TEA-001",
    "why": "Only 0 units sold recently while 60 are in stock; a 10% discount should move slow stock before the spring range arrives.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "de9f4a11-e833-42a9-b1bc-19dd0e9dd493"
    },
    "confidenceScore": 0.6
  }
}