{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "aiSuggestion": {
      "price": 44.71,
      "previousPrice": 41.4,
      "confidence": 0.75,
      "proposedAt": "2025-03-18T13:48:49.642311+00:00"
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
    "serial": "9044c1c8-04a7-4243-b24a-da7ab8f07b9e",
    "chainParentSerial": "64b9e17f-56f3-4f9f-ae75-d1947326b704",
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
          "timestamp": "2025-03-18T13:48:49.642311+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T13:48:49.699197+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Propose price 44.71 for HOM-002",
    "why": "Sold 9 units recently with only 9 left; demand supports a small increase without hurting conversion.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "ff83e641-deac-4b8f-9e51-8501a5bd4e1a"
    },
    "confidenceScore": 0.75
  }
}